import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts with an empty fake browser (storage, listeners).
beforeEach(() => {
  fakeBrowser.reset();
});
