#!/usr/bin/env node
// The peer for `quicktakes validate` (docs/benchmarks.md, goal 1): the same checks, written the way a
// Node.js site would, with gray-matter (js-yaml) reading the front matter. Not a product: a baseline.
//
//   npm install --no-audit --no-fund --prefix target/bench-node gray-matter
//   node src/test/bench/validate-gray-matter.js target/site-35915
//
// Checks: parse errors, missing required keys, duplicate ids and urls, urls differing only in case,
// file_name and url that do not match the file and subject, urls that cannot be pages, file names too
// long to convert, and the link report (slot gaps, broken, duplicate, self and drifted links).
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const root = path.resolve(process.argv[2] || '.');
const modules = path.resolve(process.env.GRAY_MATTER_HOME || 'target/bench-node');
const matter = createRequire(path.join(modules, 'package.json'))('gray-matter');

const REQUIRED = ['id', 'date', 'title', 'article_title', 'date_format', 'post_on_text', 'seo', 'author',
  'question', 'answer', 'subject', 'file_name', 'url'];
const RELATED = /^related_article([1-9][0-9]{0,5})$/;

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

function slug(subject) {
  return subject.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function folderOfUrl(url) {
  const parts = url.split('/');
  return parts.length === 5 && parts[0] === '' && parts[1] === 'learn' && parts[3] === 'questions' && parts[2] !== ''
    ? parts[2] : null;
}

function badUrl(url) {
  if (!url.startsWith('/')) return 'does not start with /';
  const folder = folderOfUrl(url);
  if (folder === null) return 'is not /learn/<folder>/questions/<slug>';
  for (const part of [folder, url.slice(url.lastIndexOf('/') + 1)]) {
    if (part === '.' || part === '..' || /[\\\u0000-\u001f\u007f-\u009f]/.test(part)) return 'is not a plain name';
    if (Buffer.byteLength(part) > 255) return 'is too long';
  }
  return null;
}

const problems = [];
const add = (file, kind, message) => problems.push({ file, kind, message });
const files = walk(root, []).map(f => path.relative(root, f).split(path.sep).join('/')).sort();
const entries = [];
for (const rel of files) {
  let fm;
  try {
    // An options object turns off gray-matter's cache, which would keep every file in memory.
    fm = matter(fs.readFileSync(path.join(root, rel), 'utf8'), {}).data;
  } catch (e) {
    add(rel, 'PARSE_ERROR', String(e.reason || e.message).split('\n')[0]);
    continue;
  }
  for (const k of REQUIRED) {
    if (fm[k] === undefined || fm[k] === null || fm[k] === '') add(rel, 'WARNING', `missing required key '${k}'`);
  }
  const related = [];
  for (const [k, v] of Object.entries(fm)) {
    const m = RELATED.exec(k);
    if (m && v && typeof v === 'object') related.push({ key: k, slot: Number(m[1]), id: v.id, title: String(v.title), subject: String(v.subject), url: String(v.url) });
  }
  related.sort((a, b) => a.slot - b.slot);
  entries.push({ rel, id: fm.id, url: fm.url === undefined ? '' : String(fm.url), title: String(fm.title ?? ''),
    subject: String(fm.subject ?? ''), fileName: fm.file_name, related });
}

const group = key => {
  const m = new Map();
  for (const e of entries) { const k = key(e); if (!m.has(k)) m.set(k, []); m.get(k).push(e); }
  return m;
};
const byId = group(e => e.id), byUrl = group(e => e.url), byPage = group(e => e.url.toLowerCase());
const others = (list, e) => list.filter(x => x !== e).map(x => x.rel).join(', ');
function resolve(r) {
  const withId = byId.get(r.id) || [];
  return withId.find(e => e.url === r.url) || (byUrl.get(r.url) || [])[0] || withId[0] || null;
}

for (const e of entries) {
  const name = e.rel.slice(e.rel.lastIndexOf('/') + 1);
  if ((byId.get(e.id) || []).length > 1) add(e.rel, 'DUPLICATE_ID', `id ${e.id} is also the id of ${others(byId.get(e.id), e)}`);
  if ((byUrl.get(e.url) || []).length > 1) add(e.rel, 'DUPLICATE_URL', `url ${e.url} is also the url of ${others(byUrl.get(e.url), e)}`);
  if (e.fileName !== undefined && e.fileName !== name) add(e.rel, 'FILE_NAME_MISMATCH', `file_name '${e.fileName}' is not '${name}'`);
  const why = badUrl(e.url);
  if (why) add(e.rel, 'BAD_URL', `url ${e.url} ${why}`);
  else if (byPage.get(e.url.toLowerCase()).some(x => x.url !== e.url)) add(e.rel, 'DUPLICATE_PAGE', `url ${e.url} differs only in case`);
  if (Buffer.byteLength(name.slice(0, -3) + '.html') > 255) add(e.rel, 'NAME_TOO_LONG', 'file name too long');
  const expected = `/learn/${slug(e.subject)}/questions/${name.slice(0, -3)}`;
  if (e.url && e.subject && e.url !== expected) add(e.rel, 'URL_MISMATCH', `url ${e.url} does not match ${expected}`);
  if (e.related.some((r, i) => r.slot !== i + 1)) add(e.rel, 'SLOT_GAP', 'related slots have gaps');
  const seen = new Map();
  for (const r of e.related) {
    const t = resolve(r);
    if (!t) { add(e.rel, 'BROKEN_LINK', `${r.key} points to no article (id ${r.id}, url ${r.url})`); continue; }
    if (seen.has(t.rel)) add(e.rel, 'DUPLICATE_LINK', `${r.key} points to the same article as related_article${seen.get(t.rel)}`);
    else seen.set(t.rel, r.slot);
    if (t === e) { add(e.rel, 'SELF_LINK', `${r.key} points to the article itself`); continue; }
    const drift = [];
    if (r.id !== t.id) drift.push(`id ${r.id} (target ${t.id})`);
    if (r.title !== t.title) drift.push(`title '${r.title}' (target '${t.title}')`);
    if (r.subject !== t.subject) drift.push(`subject '${r.subject}' (target '${t.subject}')`);
    if (r.url !== t.url) drift.push(`url ${r.url} (target ${t.url})`);
    if (drift.length) add(e.rel, 'DRIFTED_LINK', `${r.key} copy differs from its target: ${drift.join(', ')}`);
  }
}
problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
const out = problems.map(p => `${p.file}: ${p.kind}: ${p.message}`);
out.push(`${files.length} files, ${problems.length} problems`);
process.stdout.write(out.join('\n') + '\n');
process.exitCode = problems.length ? 1 : 0;
