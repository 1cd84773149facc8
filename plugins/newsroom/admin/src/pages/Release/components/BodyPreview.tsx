import { Flex, Typography } from '@strapi/design-system';

import type { RichText } from '../../../../../shared/contracts/releases';

interface Node {
  type?: string;
  text?: string;
  level?: number;
  children?: Node[];
}

const text = (node: Node): string => node.text ?? (node.children ?? []).map(text).join('');

/** The body as readable text, one block after the other (edited in the content manager). */
export const BodyPreview = ({ body }: { body: RichText }) => (
  <Flex direction="column" alignItems="stretch" gap={3}>
    {(body as Node[]).map((block, index) => (
      <Typography key={index} tag="p" variant={block.type === 'heading' ? 'delta' : 'omega'}>
        {text(block)}
      </Typography>
    ))}
  </Flex>
);
