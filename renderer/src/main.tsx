import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './frame/App'
import { openRollcallDb } from './db/schema'
import { forgetOldDemoStores, storeNameFor } from './db/store-names'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('Rollcall: #root is missing from index.html')

function databaseFor(storeKey: string) {
  if (storeKey.startsWith('demo-')) void forgetOldDemoStores(storeKey).catch(() => {})
  return openRollcallDb(storeNameFor(storeKey))
}

createRoot(root).render(
  <StrictMode>
    <App databaseFor={databaseFor} />
  </StrictMode>,
)
