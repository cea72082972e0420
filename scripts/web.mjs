// `npm run web`: build the renderer and start the browser host even where Electron is installed.
process.env.CLAIMWORK_BROWSER = '1';
await import('./start.mjs');
