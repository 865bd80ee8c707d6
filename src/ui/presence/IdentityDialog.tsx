import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';
import { CHARACTER_PALETTE } from '../../model';
import { Dialog } from '../dialogs/Dialog';

/** Your name and colour as the room sees them; asked once, changed from your avatar. */
export function IdentityDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { presence } = useBoardSession();
  const current = presence.identity();
  const [name, setName] = useState(current.confirmed ? current.name : '');
  const [color, setColor] = useState(current.color);
  const trimmed = name.trim();

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    presence.setIdentity({ ...current, name: trimmed || current.name, color, confirmed: true });
    onClose();
  };

  return (
    <Dialog
      title={t('live.identity.title')}
      onClose={save}
      size="small"
      footer={
        <button type="submit" form="identity-form" className="button button--primary">
          {t('live.identity.save')}
        </button>
      }
    >
      <form id="identity-form" onSubmit={save}>
        <p className="field-hint">{t('live.identity.intro')}</p>
        <label className="field-label" htmlFor="identity-name">{t('live.identity.name')}</label>
        <input id="identity-name" className="input" value={name} maxLength={40} placeholder={current.name}
          autoComplete="nickname" onChange={(event) => setName(event.target.value)} />
        <fieldset className="fieldset">
          <legend className="field-label">{t('live.identity.color')}</legend>
          <div className="identity__swatches">
            {CHARACTER_PALETTE.map((swatch) => (
              <label key={swatch} className="identity__swatch" style={{ background: swatch }}>
                <input type="radio" name="identity-color" value={swatch} checked={color === swatch}
                  aria-label={t('live.identity.colorOption', { color: swatch })} onChange={() => setColor(swatch)} />
              </label>
            ))}
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}
