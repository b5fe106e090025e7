'use strict';
// Loopback guard: installed before any client is loaded, so no client can reach a host other than this machine.
// Every TCP connection goes through net.Socket.prototype.connect (http, https, tls, axios and ws all end there), and
// every name resolution through dns.lookup; both refuse anything that is not loopback, before a packet is sent.
// Refusals are recorded as well as thrown, because a client may swallow the exception: the runner fails the case
// that was running when a refusal was recorded.
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');

const refusals = [];

function isLoopbackHost(host) {
  if (host === undefined || host === null || host === '') return true; // Node's default host is localhost.
  const name = String(host).replace(/^\[|\]$/g, '').toLowerCase();
  if (name === 'localhost') return true;
  if (net.isIPv4(name)) return name.startsWith('127.');
  if (net.isIPv6(name)) return name === '::1' || /^::ffff:127\./.test(name);
  return false;
}

function refuse(what) {
  const error = new Error(`loopback guard: refused ${what} (only loopback hosts may be reached)`);
  error.code = 'ELOOPBACKGUARD';
  refusals.push(error.message);
  return error;
}

// The argument shapes of Socket#connect: (options[, cb]), (port[, host][, cb]), (path[, cb]), and Node's internal
// normalized form: one array [options, cb].
function targetOf(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first !== null && typeof first === 'object') {
    // Node itself treats the options as a Unix socket only when path is truthy (http passes path: null).
    if (first.path) return { ipc: true };
    return { host: first.host, port: first.port };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { ipc: true }; // a Unix socket path
  return { host: typeof args[1] === 'string' ? args[1] : undefined, port: first };
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const target = targetOf(args);
  if (!target.ipc && !isLoopbackHost(target.host)) {
    throw refuse(`a connection to ${target.host}:${target.port}`);
  }
  return originalConnect.apply(this, args);
};

const originalLookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  if (!isLoopbackHost(hostname)) throw refuse(`a DNS lookup of ${hostname}`);
  return originalLookup.call(this, hostname, ...rest);
};
const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = function guardedPromisesLookup(hostname, ...rest) {
  if (!isLoopbackHost(hostname)) return Promise.reject(refuse(`a DNS lookup of ${hostname}`));
  return originalPromisesLookup.call(this, hostname, ...rest);
};

/** Returns the refusals recorded since the given count (use refusals.length as a bookmark). */
function refusalsSince(mark) {
  return refusals.slice(mark);
}

/** Proves the guard works before any client runs: a remote connection and a remote lookup must both be refused. */
async function selfTest() {
  const mark = refusals.length;
  // 192.0.2.1 is TEST-NET-1 (RFC 5737): never routed, and the guard refuses it before any packet anyway. Both the
  // plain socket and the http client path (which hands the socket options with path: null) must be refused.
  let connectRefused = false;
  try {
    net.connect({ host: '192.0.2.1', port: 443 }).destroy();
  } catch (error) {
    connectRefused = error.code === 'ELOOPBACKGUARD';
  }
  const httpRefused = await new Promise((resolve) => {
    try {
      http.get('http://192.0.2.1/', () => resolve(false)).on('error', (error) => resolve(error.code === 'ELOOPBACKGUARD'));
    } catch (error) {
      resolve(error.code === 'ELOOPBACKGUARD');
    }
  });
  let lookupRefused = false;
  try {
    await dns.promises.lookup('api.binance.com');
  } catch (error) {
    lookupRefused = error.code === 'ELOOPBACKGUARD';
  }
  if (!connectRefused || !httpRefused || !lookupRefused || refusals.length - mark !== 3) {
    throw new Error('loopback guard self-test failed: a non-loopback connection or lookup was not refused');
  }
  refusals.length = mark;
}

module.exports = { isLoopbackHost, refusalsSince, refusalCount: () => refusals.length, selfTest };
