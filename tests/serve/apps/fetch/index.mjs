// The WinterTC shape: a default export with fetch(request, env, ctx).
export default {
  async fetch(request) {
    const body = request.method === 'POST' ? await request.text() : '';
    const url = new URL(request.url);
    return new Response(`fetch ${request.method} ${url.pathname}${url.search} body=${body}\n`, {
      status: 201,
      headers: { 'x-shape': 'wintertc' },
    });
  },
};
