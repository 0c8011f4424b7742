import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createClient } from './api/client';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ToastProvider } from './ui/Toasts';
import './styles/index.css';

// Created before the first render: it takes the token out of the address bar at once.
const client = createClient();

const container = document.getElementById('root');
if (!container) throw new Error('Lectern’s page is missing its #root element.');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <ToastProvider>
        <App client={client} />
      </ToastProvider>
    </ErrorBoundary>
  </StrictMode>,
);
