'use strict';
// Exact decimal arithmetic for prices and quantities: values are BigInt counts of 1e-8, Binance's wire precision,
// so that tick and step rounding never suffers from binary floating point.
const SCALE = 8;
const ONE = 10n ** BigInt(SCALE);

/** Parses a decimal string ("65000.12", "0.00001000") into units of 1e-8; more than 8 significant decimals throw. */
function units(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(text));
  if (!match) throw new Error(`not a decimal: ${text}`);
  const fraction = (match[3] || '').replace(/0+$/, '');
  if (fraction.length > SCALE) throw new Error(`more than ${SCALE} decimals: ${text}`);
  const value = BigInt(match[2]) * ONE + BigInt(fraction.padEnd(SCALE, '0') || '0');
  return match[1] === '-' ? -value : value;
}

/** Number of decimals a step or tick ("0.01000000") allows: 2. */
function decimalsOf(step) {
  const fraction = (String(step).split('.')[1] || '').replace(/0+$/, '');
  return fraction.length;
}

/** Formats units with exactly the given number of decimals (the value must fit them). */
function format(value, decimals) {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = magnitude / ONE;
  const fraction = (magnitude % ONE).toString().padStart(SCALE, '0');
  if (/[1-9]/.test(fraction.slice(decimals))) throw new Error(`${value} units do not fit ${decimals} decimals`);
  const text = decimals > 0 ? `${whole}.${fraction.slice(0, decimals)}` : `${whole}`;
  return negative ? `-${text}` : text;
}

function floorTo(value, step) {
  return (value / step) * step;
}

function ceilTo(value, step) {
  return ((value + step - 1n) / step) * step;
}

/** value × numerator / denominator, floored. */
function scale(value, numerator, denominator) {
  return (value * BigInt(numerator)) / BigInt(denominator);
}

/** Product of two unit values, exact (in units of 1e-16), returned in units of 1e-8 only if exact. */
function multiply(a, b) {
  const product = a * b;
  if (product % ONE !== 0n) throw new Error('product has more than 8 decimals');
  return product / ONE;
}

module.exports = { units, decimalsOf, format, floorTo, ceilTo, scale, multiply, ONE };
