// The base of every widget's custom element. It reads the data the widget's component embedded
// (Widget.astro), finds the widget's parts by their data-part names, shows notices, shows the parts
// that need the script, and makes the status regions live once the restored state is on screen.
// SavingWidgetElement adds what widgets that save need. A widget's element restores its state,
// wires its events and puts a view model from src/lib into its parts; wording and logic are not here.
import { readWidgetData } from './widget-data.ts';

export abstract class WidgetElement<Data> extends HTMLElement {
  protected data!: Data;
  /** The check of the embedded data, from the widget's contract. */
  protected abstract readonly isData: (value: unknown) => value is Data;
  /** Restores the saved state, wires the events and shows the first view. */
  protected abstract start(): void;

  connectedCallback() {
    if (this.data) return;
    const data = readWidgetData(this, this.isData);
    if (!data) return this.notice('This part of the page could not start. Reload the page to try again.');
    this.data = data;
    this.start();
    // Parts that only work with this script are in the page hidden, for readers without it.
    for (const part of this.findAll('with-script')) part.hidden = false;
    // Live only from now on: the state restored on arrival is not read out, later changes are.
    for (const region of this.findAll('status')) region.setAttribute('role', 'status');
  }

  /** The element whose data-part names include `name`, with data-key="<key>" if given. */
  protected find<T extends HTMLElement = HTMLElement>(name: string, key?: string): T {
    return this.querySelector<T>(`[data-part~="${name}"]${key ? `[data-key="${key}"]` : ''}`)!;
  }

  protected findAll<T extends HTMLElement = HTMLElement>(name: string): T[] {
    return [...this.querySelectorAll<T>(`[data-part~="${name}"]`)];
  }

  protected on(name: string, type: string, handler: (event: Event) => void): void {
    this.find(name).addEventListener(type, handler);
  }

  /** Shows a notice; a second one is added to the first. */
  protected notice(text: string): void {
    const box = this.find('notice');
    const line = this.find('notice-text');
    line.textContent = box.hidden ? text : `${line.textContent} ${text}`;
    box.hidden = false;
  }
}
