// A whole server whose handler never returns.
require('http')
  .createServer(() => {
    for (;;);
  })
  .listen(8080);
