/** The serve benchmark's baseline page: one paragraph, nothing else. */
const p = document.createElement('p');
p.textContent = 'A static page.';
document.body.append(p);
Object.assign(window, { benchReady: true });
