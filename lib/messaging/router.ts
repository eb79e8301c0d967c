/**
 * The background's side of the protocol: check the sender, bound the size, validate the payload,
 * dispatch, validate the answer. Anything rejected is answered with `null` and writes nothing.
 */
import { PROTOCOL, type MessageName, type ParsedRequestOf, type ResponseOf } from './protocol';
import { classifySender, type Sender, type SenderContext } from './sender';

export interface HandlerContext {
  sender: Sender;
  tabId: number | undefined;
  url: string | undefined;
}

type Handler<N extends MessageName> = (
  request: ParsedRequestOf<N>,
  ctx: HandlerContext,
) => Promise<ResponseOf<N>> | ResponseOf<N>;

export interface Router {
  on<N extends MessageName>(name: N, handler: Handler<N>): Router;
  handle(message: unknown, sender: Sender): Promise<unknown>;
}

const byteLength = (value: unknown): number => {
  try {
    return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
  } catch {
    return Infinity; // cycles, BigInt: not a message we sent
  }
};

export function createRouter(
  ctx: SenderContext,
  log: (msg: string) => void = console.warn,
): Router {
  const handlers = new Map<MessageName, Handler<MessageName>>();
  const router: Router = {
    on(name, handler) {
      if (!(name in PROTOCOL)) throw new Error(`unknown message ${name}`);
      if (handlers.has(name)) throw new Error(`handler for ${name} registered twice`);
      handlers.set(name, handler as unknown as Handler<MessageName>);
      return router;
    },
    async handle(message, sender) {
      if (!message || typeof message !== 'object') return null;
      const { type, payload } = message as { type?: unknown; payload?: unknown };
      if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(PROTOCOL, type))
        return null;
      const name = type as MessageName;
      const spec = PROTOCOL[name];
      const handler = handlers.get(name);
      if (!handler) return null;
      const kind = await classifySender(sender, ctx);
      if (!kind || !(spec.from as readonly string[]).includes(kind)) {
        log(`Pacer: refused ${name} from ${kind ?? 'an unknown sender'}`);
        return null;
      }
      if (byteLength(payload) > spec.maxBytes) {
        log(`Pacer: refused ${name}: payload over ${spec.maxBytes} bytes`);
        return null;
      }
      const parsed = spec.request.safeParse(payload);
      if (!parsed.success) {
        log(
          `Pacer: refused ${name}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
        );
        return null;
      }
      try {
        const response = await handler(parsed.data as ParsedRequestOf<MessageName>, {
          sender,
          tabId: sender.tab?.id,
          url: sender.url,
        });
        const checked = spec.response.safeParse(response);
        if (!checked.success) {
          log(`Pacer: ${name} produced an invalid response: ${checked.error.issues[0]?.message}`);
          return null;
        }
        return checked.data;
      } catch (err) {
        log(`Pacer: ${name} failed: ${(err as Error).message}`);
        return null;
      }
    },
  };
  return router;
}
