// The Konva the app draws with: its core (stage, layers, groups, custom shapes) and the few
// shapes the canvas, the sketch editor and the exports use. Importing 'react-konva' itself
// would bring the whole of Konva (every shape, the transformer, the filters), which the first
// visit would download, parse and run for nothing. A shape used anywhere must be listed here.
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Image';
import 'konva/lib/shapes/Label';
import 'konva/lib/shapes/Line';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';

export { Circle, Group, Image, Label, Layer, Line, Rect, Shape, Stage, Tag, Text } from 'react-konva/lib/ReactKonvaCore';
