import { IconButton, type IconButtonProps } from '../fields/IconButton';

/** An icon button of the sketch editor's header and toolbar. */
export function SketchButton({ className, ...props }: IconButtonProps) {
  return <IconButton className={className ? `bb-sketch-button ${className}` : 'bb-sketch-button'} {...props} />;
}
