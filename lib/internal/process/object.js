'use strict';
// The process object's properties and methods (the EventEmitter part comes
// from the bootstrap).

function setupProcess(process, binding) {
  const def = (name, value) => Object.defineProperty(process, name, {
    value, writable: true, configurable: true, enumerable: true,
  });
  def('version', 'v26.12.1');
  def('versions', { node: '26.12.1', nodus: '0.1.0' });
  def('arch', 'x64');
  def('platform', 'linux');
  def('release', { name: 'node' });
  def('argv', binding.argv);
  def('execArgv', binding.execArgv);
  def('execPath', binding.execPath);
  def('pid', binding.pid);
  def('ppid', binding.ppid);
  def('env', Object.assign({}, globalThis.__nd_env || {}));
  def('cwd', binding.cwd);
  def('exit', function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    binding.reallyExit(process.exitCode || 0);
  });
  def('emitWarning', function emitWarning(warning, type) {
    if (typeof warning === 'string') {
      const w = new Error(warning);
      w.name = typeof type === 'string' ? type : 'Warning';
      warning = w;
    }
    process.nextTick(() => {
      if (process.emit('warning', warning)) return;
      internalBinding('fs').writeString(2, `(node:${process.pid}) ${warning.name}: ${warning.message}\n`);
    });
  });
  const { writeString } = internalBinding('fs');
  def('stdout', { fd: 1, write(s) { writeString(1, String(s)); return true; } });
  def('stderr', { fd: 2, write(s) { writeString(2, String(s)); return true; } });
  process._exiting = false;
  process.exitCode = undefined;
}

module.exports = { setupProcess };
