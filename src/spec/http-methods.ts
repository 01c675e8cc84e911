/** The HTTP methods an OpenAPI path item may hold, in the spec's order. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
