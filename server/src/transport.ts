/**
 * The server's end of --stdio and --node-ipc, with two rules the protocol
 * library leaves to the server:
 *
 * - Before `initialize`, a request is answered with ServerNotInitialized
 *   (-32002) and a notification other than `exit` is dropped, as the LSP
 *   specification says.
 * - A framing error on standard input (a missing or unreadable
 *   Content-Length, bytes between messages that are no header, a body cut
 *   short or run on by a wrong Content-Length, which shows as a body that is
 *   not JSON or one that stops arriving) leaves the stream impossible to
 *   resynchronise: the library reports it and then waits for ever. The
 *   server logs the reason on standard error and exits, so the client sees it
 *   stop and can restart it.
 */
import lsp from 'vscode-languageserver/node.js';

const { ErrorCodes, Message } = lsp;

/** A frame whose body stops arriving this long is taken for a wrong Content-Length. */
export const partialMessageTimeout = 10_000;

/** Passes messages on once `initialize` has come; answers or drops the ones before it. */
class InitializeGate implements lsp.MessageReader {
  /** Set once the client has asked the server to shut down: closing the input is then a clean end. */
  shutdownRequested = false;

  constructor(
    private readonly inner: lsp.MessageReader,
    private readonly writer: lsp.MessageWriter,
  ) {}

  get onError(): lsp.Event<Error> {
    return this.inner.onError;
  }

  get onClose(): lsp.Event<void> {
    return this.inner.onClose;
  }

  get onPartialMessage(): lsp.Event<lsp.PartialMessageInfo> {
    return this.inner.onPartialMessage;
  }

  listen(callback: lsp.DataCallback): lsp.Disposable {
    let initialized = false;
    return this.inner.listen((message) => {
      if (Message.isRequest(message) && message.method === 'shutdown') this.shutdownRequested = true;
      if (!initialized) {
        if (Message.isRequest(message)) {
          if (message.method !== 'initialize') {
            void this.writer.write({ jsonrpc: '2.0', id: message.id, error: { code: ErrorCodes.ServerNotInitialized, message: `the server is not initialized yet: send "initialize" before "${message.method}"` } } as lsp.ResponseMessage);
            return;
          }
          initialized = true;
        } else if (Message.isNotification(message) && message.method !== 'exit') return;
      }
      callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}

function stop(reason: string, code: number): never {
  process.stderr.write(`replylint-language-server: ${reason}\n`);
  process.exit(code);
}

/**
 * The reader and writer for `--stdio` or `--node-ipc`, or undefined for
 * another transport (a socket or a pipe, which the library sets up itself).
 */
export function serverTransport(argv: readonly string[]): { reader: lsp.MessageReader; writer: lsp.MessageWriter } | undefined {
  let reader: lsp.MessageReader;
  let writer: lsp.MessageWriter;
  if (argv.includes('--stdio')) {
    const stream = new lsp.StreamMessageReader(process.stdin);
    stream.partialMessageTimeout = partialMessageTimeout;
    reader = stream;
    writer = new lsp.StreamMessageWriter(process.stdout);
  } else if (argv.includes('--node-ipc')) {
    reader = new lsp.IPCMessageReader(process);
    writer = new lsp.IPCMessageWriter(process);
  } else return undefined;
  const gate = new InitializeGate(reader, writer);
  reader.onError((error) => {
    const problem = error instanceof SyntaxError ? `a message body is not JSON, so its Content-Length is likely wrong: ${error.message}` : error.message.split('\n')[0]!;
    stop(`cannot read the client's messages any more (${problem}); exiting so the client can restart the server`, 1);
  });
  reader.onPartialMessage(({ waitingTime }) => stop(`a message's body stopped arriving ${waitingTime} ms ago (a wrong Content-Length?); exiting so the client can restart the server`, 1));
  // The library ends the process when the input closes only for a stream it was handed itself.
  reader.onClose(() => process.exit(gate.shutdownRequested ? 0 : 1));
  return { reader: gate, writer };
}
