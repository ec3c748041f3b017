/** esbuild bundles imported stylesheets into the CSS output; TypeScript only needs to know the import is allowed. */
declare module '*.css';
