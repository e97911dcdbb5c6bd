#!/usr/bin/env node
import './regexp-tiering.js';
import { main } from './main.js';

await main();
