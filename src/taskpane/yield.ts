// A pause that lets the browser paint and handle input: a MessageChannel message is a macrotask
// without setTimeout's 4 ms clamp for nested calls, which adds up over the hundreds of pauses of
// a county workbook. setTimeout where MessageChannel is missing.
export function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
