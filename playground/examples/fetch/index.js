// The network is off unless "fetch to this origin" is ticked: then the program may reach
// the page's own server (its address is in PLAYGROUND_ORIGIN), and nothing else.
const origin = process.env.PLAYGROUND_ORIGIN;
console.log('granted:', process.permission.has('net'), origin ?? '(no origin)');

fetch(`${origin ?? 'http://127.0.0.1:8080'}/guest-modules.json`)
  .then(async (response) => {
    console.log(response.status, response.headers.get('content-type'));
    console.log('core modules:', await response.json());
  })
  .catch((error) => console.error('fetch failed:', error.cause?.code ?? error.code, error.message));
