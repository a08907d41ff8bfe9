// The page, and in development and preview a proxy from /api to `connschema serve`
// (CONNSCHEMA_SERVE, default its own default address), so the form submits to the same origin.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const serve = process.env.CONNSCHEMA_SERVE ?? "http://127.0.0.1:4566";
const proxy = { "/api": { target: serve, rewrite: (path) => path.replace(/^\/api/, "") } };

export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", proxy },
  preview: { host: "127.0.0.1", proxy },
  // React, rjsf and ajv are most of the script; the page is one form.
  build: { target: "es2022", chunkSizeWarningLimit: 1024 },
});
