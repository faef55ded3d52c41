/**
 * The charts chosen for a presentation during this visit, in the order they were chosen. They go
 * into the URL (present=) only when the presentation starts: choosing is not yet a view.
 */
class Picks {
  items = $state<string[]>([]);

  has(id: string): boolean {
    return this.items.includes(id);
  }

  toggle(id: string): void {
    this.items = this.has(id) ? this.items.filter((i) => i !== id) : [...this.items, id];
  }

  clear(): void {
    this.items = [];
  }
}

export const picks = new Picks();
