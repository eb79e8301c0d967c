export * from './protocol';
export * from './schemas';
export { classifySender, type Sender, type SenderContext } from './sender';
export { createRouter, type Router, type HandlerContext } from './router';
