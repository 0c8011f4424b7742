/** The toolbar button that opens the Export & backup dialog. */
export function ExportButton({ onClick }: { onClick(): void }) {
  return (
    <button type="button" className="tool-button" aria-label="Export and backup" aria-haspopup="dialog" title="Export, backup, template and trash" onClick={onClick}>
      <span className="icon-export" aria-hidden="true" />
    </button>
  );
}
