// <onboarding-checklist>: saves ticks as they are made, restores them, shows progress and exports
// the plan with its ticks as Markdown (clipboard, with a visible fallback, or a .md download).
import { onboardingFileName, planToMarkdown, progress, savedOnboarding, type SavedOnboarding } from '../lib/onboarding.ts';
import { copyWithFallback, downloadText } from './clipboard.ts';
import { isOnboardingChecklistData, type OnboardingChecklistData } from './onboarding-checklist-data.ts';
import { SavingWidgetElement } from './saving-widget-element.ts';

class OnboardingChecklist extends SavingWidgetElement<OnboardingChecklistData> {
  protected readonly isData = isOnboardingChecklistData;
  private saved!: SavedOnboarding;

  protected start() {
    this.saved = this.load(savedOnboarding);
    this.restore();
    this.watch(savedOnboarding.key, () => this.reload());
    this.addEventListener('change', (e) => (e.target as HTMLInputElement).type === 'checkbox' && this.onTick());
    this.on('copy', 'click', () => void copyWithFallback(this, this.markdown(), this.find('status'), 'the plan as Markdown'));
    this.on('download', 'click', () => {
      downloadText(this, onboardingFileName(this.data.role), 'text/markdown', this.markdown());
      this.find('status').textContent = 'Downloaded the plan as Markdown.';
    });
    this.find('progress-box').hidden = false;
    this.find('actions').hidden = false;
    this.render();
  }

  private get done(): string[] {
    return this.saved.roles[this.data.role]?.done ?? [];
  }

  private restore() {
    const done = new Set(this.done);
    for (const box of this.findAll<HTMLInputElement>('task')) box.checked = done.has(box.value);
  }

  /** Another tab saved, or the page came back from the back/forward cache: show what is stored now. */
  private reload() {
    this.saved = savedOnboarding.load(this.store).state;
    this.restore();
    this.render();
  }

  private onTick() {
    const role = this.data.role;
    const done = this.findAll<HTMLInputElement>('task')
      .filter((b) => b.checked)
      .map((b) => b.value);
    this.saved = this.save(savedOnboarding, (stored) => {
      stored.roles[role] = { done, updated: new Date().toISOString() };
      return stored;
    });
    this.render();
  }

  private render() {
    const p = progress(this.data.tasks, this.done);
    this.find('done').textContent = String(p.done);
    this.find<HTMLProgressElement>('progress').value = p.done;
  }

  private markdown() {
    return planToMarkdown(this.data.title, this.data.url, this.data.phases, this.data.tasks, this.done);
  }
}

customElements.define('onboarding-checklist', OnboardingChecklist);
