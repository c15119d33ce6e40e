#!/usr/bin/env node
// Reads a RIS file with citation-js and prints its records as CSL-JSON, so
// that tests can compare what a RIS reader understood with what was written.
// Usage: node read-ris.js FILE.ris
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-ris');

const text = fs.readFileSync(process.argv[2], 'utf8');
const items = new Cite(text, { forceType: '@ris/file' }).data.map(({ _graph, ...item }) => item);
process.stdout.write(JSON.stringify(items, null, 2) + '\n');
