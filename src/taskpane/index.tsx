/**
 * PLACEHOLDER entry of the task pane (created with the build setup of issue 5 so that
 * `npm run build` works); the task pane engineer replaces it.
 */
import { createRoot } from 'react-dom/client';

function App() {
  return <h1>班主任工作量化记录</h1>;
}

void Office.onReady(() => {
  const container = document.getElementById('container');
  if (container) createRoot(container).render(<App />);
});
