#!/usr/bin/env node
// Generates data/gazetteer/countries.toml.
//
// Names come from CLDR (cldr-localenames-full: main/{ar,fr,en}/territories.json,
// with their -alt-short and -alt-variant forms), alpha-3 codes from
// i18n-iso-countries (codes.json). What CLDR lacks (adjectives, demonyms,
// capitals, common extra names and spellings, CAMEO codes that differ from
// alpha-3) comes from overlay.toml, written by hand.
//
// The output is deterministic: running this script again on the same
// package versions and overlay reproduces the committed file byte for byte.
//
// Usage: node countries.js [output path]   (default ../../data/gazetteer/countries.toml)
// Check: node countries.js --check          (exit 1 when the committed file differs)

'use strict';

const fs = require('fs');
const path = require('path');
const TOML = require('smol-toml');

const LANGS = ['ar', 'fr', 'en'];

// The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code.
const UN_MEMBERS = (
  'AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH ' +
  'CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI ' +
  'FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP ' +
  'KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM ' +
  'NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST ' +
  'SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV ' +
  'UG UA AE GB US UY UZ VU VE VN YE ZM ZW'
).split(' ');
// Observer states, and states or territories the press names as such.
const OTHERS = ['VA', 'PS', 'XK', 'TW', 'EH'];

function territories(lang) {
  const file = require(`cldr-localenames-full/main/${lang}/territories.json`);
  return file.main[lang].localeDisplayNames.territories;
}

// A rough matching form, only to drop duplicates within one list (the
// real folding is done by the Rust loader).
function roughKey(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[’'`\-.,()&]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function dedupe(list) {
  const seen = new Set();
  const out = [];
  for (const s of list) {
    const t = s.trim();
    if (!t) continue;
    const k = roughKey(t);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

// CLDR display forms carry presentation marks: "Myanmar (Burma)",
// "Congo - Kinshasa", "St. Lucia", "Bosnia & Herzegovina". Returns the
// forms a text would use.
function textForms(name, lang) {
  const out = [];
  const m = name.match(/^(.*?)\s*\((.*)\)\s*$/);
  if (m) {
    out.push(m[1], m[2]);
  } else {
    out.push(name);
  }
  // Spelled-out forms first, so that the display form reads as prose
  // ("Antigua and Barbuda", "Saint Lucia"); CLDR's short forms follow.
  const forms = [];
  for (const n of out) {
    let full = n;
    if (lang === 'en') full = full.replace(/&/g, 'and').replace(/^St\. /, 'Saint ');
    forms.push(full);
    if (full !== n) forms.push(n);
    if (/ - /.test(n)) forms.push(n.replace(/ - /g, '-'));
  }
  return forms.map((n) => n.replace(/’/g, "'"));
}

function slugify(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function q(s) {
  return JSON.stringify(s);
}

function list(a) {
  return '[' + a.map(q).join(', ') + ']';
}

function perLang(obj) {
  const parts = LANGS.filter((l) => obj[l] && obj[l].length).map((l) => `${l} = ${list(obj[l])}`);
  return '{ ' + parts.join(', ') + ' }';
}

function build(overlay) {
  const cldr = Object.fromEntries(LANGS.map((l) => [l, territories(l)]));
  const codes = require('i18n-iso-countries/codes.json');
  const alpha3 = Object.fromEntries(codes.map((r) => [r[0], r[1]]));
  const entries = [];
  for (const a2 of UN_MEMBERS.concat(OTHERS)) {
    const a3 = alpha3[a2];
    if (!a3) throw new Error(`no alpha-3 code for ${a2}`);
    const ov = overlay[a3] || {};
    const unknown = Object.keys(ov).filter(
      (k) => !['kind', 'name', 'slug', 'cameo', 'display', 'ar', 'fr', 'en', 'aliases', 'adj', 'capital', 'shared', 'examples', 'drop'].includes(k),
    );
    if (unknown.length) throw new Error(`overlay ${a3}: unknown keys ${unknown.join(', ')}`);
    const drop = new Set((ov.drop || []).map(roughKey));
    const names = {};
    for (const l of LANGS) {
      const t = cldr[l];
      const base = [];
      if (ov.display && ov.display[l]) base.push(ov.display[l]);
      if (t[a2]) base.push(...textForms(t[a2], l));
      for (const alt of ['short', 'variant']) {
        const v = t[`${a2}-alt-${alt}`];
        if (v) base.push(...textForms(v, l));
      }
      const extra = ov[l] || [];
      names[l] = dedupe(base.concat(extra)).filter((n) => !drop.has(roughKey(n)));
      if (!names[l].length) throw new Error(`${a2}: no ${l} name`);
    }
    const display = ov.name || names.en[0];
    const slug = ov.slug || slugify(display);
    const kind = ov.kind || 'country';
    const e = {
      id: `${kind}/${slug}`,
      kind,
      name: display,
      country: a3,
      cameo: ov.cameo === undefined ? a3 : ov.cameo,
      names,
      aliases: dedupe(ov.aliases || []),
      adjectives: Object.fromEntries(LANGS.map((l) => [l, dedupe((ov.adj && ov.adj[l]) || [])])),
      capital: ov.capital ? `location/${ov.capital}` : null,
      shared: dedupe(ov.shared || []),
      examples: ov.examples || [],
    };
    entries.push(e);
  }
  for (const k of Object.keys(overlay)) {
    if (!entries.some((e) => e.country === k)) throw new Error(`overlay entry ${k} matches no country`);
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries;
}

function render(entries, versions) {
  const out = [];
  out.push('# Generated by tools/gazetteer/countries.js: do not edit by hand.');
  out.push('# Edit tools/gazetteer/overlay.toml and regenerate (see tools/gazetteer/README.md).');
  out.push('[meta]');
  out.push('format = 1');
  out.push(
    `source = ${q(
      `CLDR locale names (cldr-localenames-full ${versions.cldr}, territories of ar, fr, en with -alt-short and -alt-variant forms), ` +
        `ISO 3166-1 alpha-3 codes (i18n-iso-countries ${versions.iso}), hand-written overlay tools/gazetteer/overlay.toml`,
    )}`,
  );
  out.push(`licence = ${q('Unicode-3.0 (CLDR names); MIT (ISO codes list); MIT OR Apache-2.0 (overlay)')}`);
  out.push(
    `description = ${q(
      'UN member and observer states, Kosovo, Taiwan and Western Sahara: names in ar/fr/en, adjectives, capitals, CAMEO codes',
    )}`,
  );
  for (const e of entries) {
    out.push('');
    out.push('[[entry]]');
    out.push(`id = ${q(e.id)}`);
    out.push(`kind = ${q(e.kind)}`);
    out.push(`name = ${q(e.name)}`);
    out.push(`country = ${q(e.country)}`);
    if (e.cameo) out.push(`cameo = ${q(e.cameo)}`);
    out.push(`names = ${perLang(e.names)}`);
    if (e.aliases.length) out.push(`aliases = ${list(e.aliases)}`);
    if (LANGS.some((l) => e.adjectives[l].length)) out.push(`adjectives = ${perLang(e.adjectives)}`);
    if (e.capital) out.push(`capital = ${q(e.capital)}`);
    if (e.shared.length) out.push(`shared = ${list(e.shared)}`);
    if (e.examples.length) out.push(`examples = ${list(e.examples)}`);
  }
  return out.join('\n') + '\n';
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const target = args.find((a) => !a.startsWith('--')) || path.join(__dirname, '..', '..', 'data', 'gazetteer', 'countries.toml');
  const overlay = TOML.parse(fs.readFileSync(path.join(__dirname, 'overlay.toml'), 'utf8'));
  const versions = {
    cldr: require('cldr-localenames-full/package.json').version,
    iso: require('i18n-iso-countries/package.json').version,
  };
  const text = render(build(overlay), versions);
  if (check) {
    const old = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (old !== text) {
      console.error(`${target} differs from what the generator writes; run: node countries.js`);
      process.exit(1);
    }
    console.log(`${target} is up to date`);
    return;
  }
  fs.writeFileSync(target, text);
  console.log(`wrote ${target}`);
}

main();
