const err = new Error('with properties');
err.code = 'E_CUSTOM';
err.details = { retry: false };
throw err;
