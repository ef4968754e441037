import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
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
