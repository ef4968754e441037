/** The demo repository's content, pushed in three commits. */
export const demoCommits: { message: string; files: Record<string, string | Buffer> }[] = [
  {
    message: 'Start the greeter service',
    files: {
      'README.md': `# demo-app

A tiny greeter service, here to show what the console can do.

## Getting started

\`\`\`sh
npm install
npm start
\`\`\`

| Command | What it does |
| --- | --- |
| \`npm start\` | starts the service on port 8080 |
| \`npm test\` | runs the tests |

- [x] greet people by name
- [ ] greet them in their own language
`,
      'package.json': `${JSON.stringify({ name: 'demo-app', version: '1.0.0', type: 'module', scripts: { start: 'node src/index.js', test: 'node --test' } }, null, 2)}\n`,
      'src/index.js': `import { createServer } from 'node:http';
import { greet } from './greeting.js';

const server = createServer((request, response) => {
  const name = new URL(request.url, 'http://localhost').searchParams.get('name');
  response.end(greet(name ?? 'world'));
});

server.listen(8080);
`,
      'src/greeting.js': `export function greet(name) {
  return \`Hello, \${name}!\`;
}
`,
      '.gitignore': 'node_modules/\n',
    },
  },
  {
    message: 'Add a guide and tests for greet',
    files: {
      'docs/guide.md': `# Guide

The service answers \`GET /?name=Ada\` with \`Hello, Ada!\`.
`,
      'test/greeting.test.js': `import assert from 'node:assert/strict';
import { test } from 'node:test';
import { greet } from '../src/greeting.js';

test('greets by name', () => {
  assert.equal(greet('Ada'), 'Hello, Ada!');
});
`,
    },
  },
  {
    message: 'Add the logo',
    files: {
      // A 16x16 PNG, so the console has an image to show.
      'assets/logo.png': Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAPElEQVR4nGNgGAWjYBSMglEwCkbBKBgFo2AUjIJRMApGwSgYBaNgFIyCUTAKRsEoGAWjYBSMglEwCkYBAABX8AQRyxwwGQAAAABJRU5ErkJggg==',
        'base64',
      ),
    },
  },
];

export const featureBranch = {
  branchName: 'feature/greet-in-french',
  filePath: 'src/greeting.js',
  fileContent: `export function greet(name, language = 'en') {
  return language === 'fr' ? \`Bonjour, \${name} !\` : \`Hello, \${name}!\`;
}
`,
  commitMessage: 'Greet in French when asked',
  pullRequestTitle: 'Greet people in French',
  pullRequestDescription: `Adds an optional \`language\` argument to \`greet\`.

- \`greet('Ada')\` still answers *Hello, Ada!*
- \`greet('Ada', 'fr')\` answers *Bonjour, Ada !*
`,
};
