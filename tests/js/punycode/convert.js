// punycode: domain and label conversions, UCS-2 helpers.
const punycode = require('punycode');
console.log(punycode.version);
for (const domain of ['mañana.com', 'bücher.example', 'example.com', '☃-⌘.com', 'Bücher@Bücher.de']) {
  const ascii = punycode.toASCII(domain);
  console.log(domain, ascii, punycode.toUnicode(ascii));
}
console.log(punycode.encode('mañana'), punycode.decode('maana-pta'), punycode.ucs2.decode('a😀b'), punycode.ucs2.encode([97, 128512]));
try {
  punycode.toASCII('\ud800');
} catch (err) {
  console.log(err.name, err.message);
}
