// Idle RSS: a process that has started and waits on a timer.
setTimeout(() => {}, 60000);
