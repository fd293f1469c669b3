// The base of the widgets that save in the browser (self-assessment, scorecard, onboarding): their
// store, the storage banner that shows while the browser refuses to store, and the one way they
// read, write back and follow their saved state. Kept apart from WidgetElement so that widgets
// which save nothing do not load it.
import type { SavedState } from '../lib/saved-state.ts';
import { SafeStore } from '../lib/storage.ts';
import { WidgetElement } from './widget-element.ts';

export abstract class SavingWidgetElement<Data> extends WidgetElement<Data> {
  protected store = new SafeStore(() => localStorage);

  /** The banner shows while the browser refuses to store: from the start, or since a write failed. */
  private showStorage() {
    this.find('storage').hidden = this.store.mode === 'persistent';
  }

  /** The stored state, with a notice for anything that could not be read. */
  protected load<T>(saved: SavedState<T>): T {
    const { state, notice } = saved.load(this.store);
    if (notice) this.notice(notice);
    this.showStorage();
    return state;
  }

  /** Writes this page's part back into what is stored now (SavedState.update), and returns the result. */
  protected save<T>(saved: SavedState<T>, change: (stored: T) => T): T {
    const state = saved.update(this.store, change);
    this.showStorage();
    return state;
  }

  /** Shows the stored state again whenever another tab saves it, or the page comes back from the back/forward cache. */
  protected follow<T>(saved: SavedState<T>, show: (state: T) => void): void {
    const reload = () => show(saved.load(this.store).state);
    addEventListener('pageshow', (e) => e.persisted && reload());
    addEventListener('storage', (e) => e.key === saved.key && reload());
  }
}
