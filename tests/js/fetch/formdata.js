// FormData without the network: entries, set/delete/getAll, Blob and File values,
// the multipart body it becomes and reading that body back.
const form = new FormData();
form.append('a', '1');
form.append('a', 2);
form.append('file', new Blob(['abc'], { type: 'text/plain' }), 'f.txt');
form.append('blob', new Blob(['zz']));
form.append('named', new File(['n'], 'orig.bin', { type: 'application/x-n', lastModified: 42 }));
console.log(form.get('a'), form.getAll('a'), form.has('file'), form.get('missing'), Object.prototype.toString.call(form));
const file = form.get('file');
console.log(file instanceof File, file instanceof Blob, file.name, file.type, file.size, form.get('blob').name);
console.log(form.get('named').name, form.get('named').lastModified, [...form.keys()]);
form.set('a', 'only');
form.delete('blob');
form.set('new', 'last');
form.forEach((value, name) => console.log('entry', name, typeof value === 'string' ? value : value.name));

async function main() {
  const withLines = new FormData();
  withLines.append('text', 'line1\nline2');
  withLines.append('q"\n', new Blob(['zz']), 'f"\n.txt');
  withLines.append('upload', new File(['contents'], 'up.txt', { type: 'text/plain' }));
  const res = new Response(withLines);
  const type = res.headers.get('content-type');
  const boundary = type.split('boundary=')[1];
  console.log(type.replace(boundary, 'BOUNDARY'), /^----formdata-undici-0\d{11}$/.test(boundary));
  const text = await res.text();
  console.log(JSON.stringify(text.split(boundary).join('BOUNDARY')));
  const back = await new Response(text, { headers: { 'content-type': type } }).formData();
  for (const [name, value] of back) {
    console.log(JSON.stringify(name), typeof value === 'string' ? JSON.stringify(value) : [value.name, value.type, await value.text()]);
  }
  try {
    await new Response('abc').formData();
  } catch (err) {
    console.log(err.name, err.message);
  }
  for (const bad of [() => form.append('a'), () => form.append('a', 'b', 'c'), () => new FormData(5), () => new File(['x'])]) {
    try {
      bad();
    } catch (err) {
      console.log(err.name, err.message);
    }
  }
}
main();
