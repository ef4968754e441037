import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  // Relative asset links, so the same build serves under any path prefix (see index.html's <base>).
  base: './',
  plugins: [
    react(),
    // Brotli and gzip copies beside each text asset, made once at build time: the BFF serves the
    // one the browser accepts, so no request pays for compressing (see apps/bff web-app.ts).
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(html|css|js|mjs|json|svg|ttf|txt|map)$/,
      threshold: 1024,
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.BFF_URL ?? 'http://localhost:3000' },
    },
  },
  worker: { format: 'es' },
  build: {
    // Monaco is split into its own lazy chunks; everything else must stay small.
    chunkSizeWarningLimit: 4096,
  },
});
