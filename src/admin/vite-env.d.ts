/** Defined by the admin bundler: the backend's URL, empty when served by it. */
declare const __BACKEND_URL__: string | undefined
