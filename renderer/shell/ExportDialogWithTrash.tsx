/**
 * The export dialog with the trash in its Trash tab: two features, composed here so neither
 * imports the other. Loaded lazily with the dialog (App.tsx), so the trash costs nothing until then.
 */
import { ExportDialog, type ExportDialogProps } from '../export/ExportDialog';
import { TrashPanel } from '../trash/TrashPanel';

/** The export dialog's props, less the Trash tab, which this fills in. */
export type ExportDialogWithTrashProps = Omit<ExportDialogProps, 'trash'>;

/** Export, backup, template and trash, as one dialog. */
export function ExportDialogWithTrash(props: ExportDialogWithTrashProps) {
  const trash = <TrashPanel client={props.client} articles={props.articles} onRestored={(articleId) => props.onAnnotationsChanged?.(articleId)} />;
  return <ExportDialog {...props} trash={trash} />;
}
