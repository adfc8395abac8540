/**
 * Build step: the app's own modules that the entry imports statically (the first screen's code) go into
 * one chunk, "app". Rolldown moves a module that the entry and a lazily loaded part both import into a
 * shared chunk of its own, even though the entry has always loaded it by then (rolldown#10731, #9963):
 * each new lazy part split the first screen's code into more small chunks, and each chunk, compressed on
 * its own, cost more than the code the part took away. The set is the entry's static closure, taken once
 * the module graph is complete (buildEnd), and read by the codeSplitting group below.
 */
import type { Plugin } from 'vite'

export function firstScreenChunk(): {
  plugin: Plugin
  group: { name: string; test: (id: string) => boolean; priority: number }
} {
  const eager = new Set<string>()
  const plugin: Plugin = {
    name: 'first-screen-chunk',
    apply: 'build',
    buildEnd() {
      eager.clear()
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry === true)
      const stack = [...entries]
      while (stack.length > 0) {
        const id = stack.pop() as string
        if (eager.has(id)) continue
        eager.add(id)
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) stack.push(next)
      }
    },
  }
  return {
    plugin,
    // The libraries keep their own groups (higher priority); this takes the app's eager source only.
    group: { name: 'app', test: (id) => eager.has(id) && !id.includes('node_modules'), priority: 5 },
  }
}
