// End-to-end tests evaluate code inside extension pages, where `chrome` is the real API.
/// <reference types="chrome" />
