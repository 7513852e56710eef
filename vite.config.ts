import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { zendeskSandbox } from './sandbox/plugin.ts';
import { translationSections } from './scripts/translationSections.ts';
import { zafAppFiles } from './scripts/zafAppFiles.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// The project root is laid out as Zendesk sees the app (manifest.json,
// translations/, assets/iframe.html), so the dev server, the sandbox and the
// build all use the same URLs: /assets/iframe.html is the ticket sidebar.
export default defineConfig(({ command, mode }) => ({
  root,
  base: './',
  publicDir: false,
  plugins: [
    react(),
    translationSections(),
    zafAppFiles(root),
    command === 'serve' ? zendeskSandbox({ appDir: mode === 'dist' ? 'dist' : '.' }) : null,
  ],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
    // Every browser Zendesk supports preloads modules natively: the polyfill would only add bytes to the first paint.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { iframe: fileURLToPath(new URL('assets/iframe.html', import.meta.url)) },
      output: {
        // A shared chunk would be named after the first module in it (e.g. "SessionProvider"): say what it is instead.
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'assets/[name]-[hash].js' : 'assets/shared-[hash].js'),
      },
    },
  },
}));
