// <onboarding-checklist>: saves ticks as they are made, restores them, shows progress and exports
// the plan with its ticks as Markdown (clipboard, with a visible fallback, or a .md download).
import {
  ONBOARDING_KEY,
  loadOnboarding,
  planToMarkdown,
  progress,
  saveOnboarding,
  type PlanTask,
  type SavedOnboarding,
} from '../lib/onboarding.ts';
import { SafeStore, browserStorage } from '../lib/storage.ts';
import { copyWithFallback, downloadText } from './clipboard.ts';

interface PlanData {
  role: string;
  title: string;
  url: string;
  phases: { id: string; label: string }[];
  tasks: PlanTask[];
}

class OnboardingChecklist extends HTMLElement {
  private plan!: PlanData;
  private store = new SafeStore(browserStorage);
  private saved!: SavedOnboarding;

  connectedCallback() {
    const json = this.querySelector('[data-plan]')?.textContent;
    if (!json) return;
    this.plan = JSON.parse(json) as PlanData;
    const { state, notice } = loadOnboarding(this.store);
    this.saved = state;
    if (notice) {
      const box = this.el('[data-notice]');
      box.textContent = notice;
      box.hidden = false;
    }
    this.restore();
    window.addEventListener('pageshow', (e) => e.persisted && this.reload());
    window.addEventListener('storage', (e) => e.key === ONBOARDING_KEY && this.reload());
    this.addEventListener('change', (e) => {
      if ((e.target as HTMLInputElement).type === 'checkbox') this.onTick();
    });
    this.el('[data-copy]').addEventListener('click', () => void this.copy());
    this.el('[data-download]').addEventListener('click', () => {
      downloadText(this, `${this.plan.role}-onboarding.md`, 'text/markdown', this.markdown());
      this.el('[data-status]').textContent = 'Downloaded the plan as Markdown.';
    });
    this.el('[data-progress-box]').hidden = false;
    this.el('[data-actions]').hidden = false;
    this.render();
  }

  private el(selector: string): HTMLElement {
    return this.querySelector(selector) as HTMLElement;
  }

  private boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('.tasks input[type=checkbox]')];
  }

  private get done(): string[] {
    return this.saved.roles[this.plan.role]?.done ?? [];
  }

  private restore() {
    const done = new Set(this.done);
    for (const box of this.boxes()) box.checked = done.has(box.value);
  }

  /** Another tab saved, or the page came back from the back/forward cache: show what is stored now. */
  private reload() {
    this.saved = loadOnboarding(this.store).state;
    this.restore();
    this.render();
  }

  private onTick() {
    // Re-read first: other roles' ticks may have been saved since this page loaded.
    this.saved = loadOnboarding(this.store).state;
    this.saved.roles[this.plan.role] = {
      done: this.boxes()
        .filter((b) => b.checked)
        .map((b) => b.value),
      updated: new Date().toISOString(),
    };
    saveOnboarding(this.store, this.saved);
    this.render();
  }

  private render() {
    const p = progress(this.plan.tasks, this.done);
    this.el('[data-done]').textContent = String(p.done);
    (this.el('[data-progress]') as HTMLProgressElement).value = p.done;
    this.el('[data-storage]').hidden = this.store.mode === 'persistent';
  }

  private markdown() {
    return planToMarkdown(this.plan.title, this.plan.url, this.plan.phases, this.plan.tasks, this.done);
  }

  private copy() {
    return copyWithFallback(this, this.markdown(), this.el('[data-status]'), 'the plan as Markdown');
  }
}

customElements.define('onboarding-checklist', OnboardingChecklist);
