import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { openRollcallDb } from './db/schema'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('Rollcall: #root is missing from index.html')

createRoot(root).render(
  <StrictMode>
    <App db={openRollcallDb()} />
  </StrictMode>,
)
