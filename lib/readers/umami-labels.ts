/**
 * Umami's metric card labels in every language it ships, as 32-bit FNV-1a hashes (`fnv1a` of the
 * lower-cased, space-collapsed label): the words themselves, and where they come from, are in
 * legacy/umami-labels.ts; a test checks that these hashes are theirs. Hashes because the content
 * script carries this table: 360-odd words in 50 scripts cost three times the bytes.
 */
export const UMAMI_LABEL_HASHES: Readonly<Record<string, string>> = {
  visitors:
    '113u3o6 13hule3 14hm49b 14u0qi1 174qtxy 18kpzfv 19hqav5 1a5emm9 1br38qr 1bun8xz 1cz4ult 1eble4h 1gpo48b 1i0dtps 1j3qo91 1m6q8do 1m8ov0f 1ndrtkf 1ov3s4l 1oy96nm 1pes2mo 1rhs60f 1ugaifw 1wo8xo7 1yitlag 2npoq4 435752 835xse 9af8mz 9v7jwc 9xfrt6 aelho0 bqzgba dagkl6 h6o1xg j1r19 m87hi3 n7jyy0 nr2j65 q5hs30 qm96gx qvik1d r2mq4h ro5gjn rtc7yl tdbtjy tpme2t vb9qmh vba3r5 zo6jpt ztetsh zw9wkj',
  visits:
    '10oxgy 11cfdfd 11lvxte 13ye3nj 152ciff 1538ldp 1579xmx 15mw5zf 18xpzmu 1c7m0oi 1gpo48b 1j6p29w 1kwbjsx 1l67296 1l9b0ok 1n1le9v 1nbpqsi 1q9jjdo 1qi9uyc 1qn05bm 1sceyfn 1sh1jbs 1ubtttu 1uvu7ds 1xmqixy 5816bh 7zx797 8o6stg cslvvf ilbzw3 ioq25n l1y58o ljaniu lqoyep msv3n0 nr2j65 q5fl7f tscfgm uk3zv8 w7513t x07jo2 xdp9dz xfh0k7 y8o5ak zcmk2g zu4ghc',
  views:
    '10kl5y6 11cfdfd 12enlqh 12litw5 12pkvtw 18s8n9z 1as8xtz 1d11iq8 1d20fww 1e21k9m 1f74alo 1fziasx 1hw55zn 1i56oh3 1jfh99 1kbzvi1 1kvvx11 1pbp59r 1q7sdtj 1rz2kt8 1sm7owj 1ulv2zi 1v3okg9 1v4sn7i 1waa9h5 1y0lky4 1yl3hqs 2bbx82 3oq18x 3wheww 61b5t2 6qomcx 976uua cwquxk f4b2hg fqafm9 g1r5dl hb4eku i1fz7z jlkviv jwy98f ly8szz m3uvo1 m8fq37 nb73ih ofxq1b rzeqvu uk3zv8 v77978 vksdeh vztrs7 wr0f40 zp4pl9 zp4qfk',
  bounce_rate:
    '127elxh 12ba0nh 12ijahc 12l1jvz 12vyylb 1303p5c 15k1pl0 1783rgj 17duy8z 17n9ome 18ewnyl 19rkmzh 1b23v1p 1bht65s 1cua2ae 1d5i5uy 1d7glms 1fimx1y 1ga1umm 1h3l3ci 1ktfr5g 1kx98dh 1ng8syz 1qzgp6q 1rben93 1sdrnw 1senlml 1uf5fbu 1vulay1 1xpke99 1xzvyny 27vwxs 3bbb5c 4suk5l 4v9u4s 8z9hrf 9ovhug a667kn bb4zmu bk2k1y dbpr3m dxstcg eb2e0b gnb0z1 kxe8ud l4yn0m o70vx t93s7h tomedh uv7yaz wilmip zag5q4',
  visit_duration:
    '11qjwiv 13ipfof 17q96x8 1a7zzk0 1a9d5lt 1amjdnw 1d6n3q7 1e4abb4 1ejsspu 1fmltoh 1fzupej 1g38hqi 1jyv9mq 1kws2da 1l3oa68 1mi9qod 1n9sg10 1na8rws 1npqhan 1p1bdp1 1q5mrt4 1rkeecs 1t4prg4 1tg5xpn 1u73m0s 1v8joxd 1xysy5z 1yu5abi 2adoxm 2afsmt 2vmve4 2wpi8f 3tzwxr 4b2m9v 4v4qr1 6vgqtr 9tqy67 ax4u4z b54qg0 bdqa6w c2jc2u drcp01 eshr62 evjta7 fxt3gr ho50qr k7fytf k8la1g ky3yr9 lhd87l lktzg5 n5m7g ns8b1t oaahl1 s7fhvi uj64x8 vm5y71 w9d4mn wxbr9b x5qlh6 z5g7ha',
  events:
    '114htxp 1233onl 12sb163 1336wlp 16uxqqh 176lsbu 1a0ktws 1alfm6p 1aqcl3d 1b5qwvg 1da36s6 1dxphvq 1favtkg 1lvpf9j 1meq4xj 1mfklai 1n7psa3 1odanrg 1p2m56g 1robz07 1s93o2m 1tk7hsd 1vpm59s 1w0gy02 1x40qp4 1x7lvqo 1xhw1pb 1xnba7j 3qei63 589chw 5hx4gq 62frt9 7qvj8x 805dfm 861pkt bl36if bsf42i cb455v dpn7wg ex35cq f6q5km f7kwwq g7huc6 hdv084 iol4t7 kgl3qe m9v255 nwdoyt q8rrsk r0l709 xvshq0 z8e0do',
  countries:
    '11ynmic 12062w4 146lkjj 14rgvkd 16iwijo 19dvnkb 19h450 1a8s4vb 1ccg2jo 1czgflb 1d0pccb 1d61ztb 1e2fvu0 1eq45fq 1fhh10k 1id1k2u 1mrbnp1 1mrevq6 1n6eb23 1q0u1p8 1q11ecs 1rfubf2 1s3004n 1s8t7ai 1ssfxhn 1wim8qq 1wu4tp8 1wyxcfq 1xjbb4z 5nug0o 66k112 71lh7 buzfly f465o5 kk4bty niniaq odrut7 oh0t4w ojo6y8 oy2c6y p1st35 p3vpt9 pe25hz q0re1l udgknp uhwqe4 ur86ll xdx548 y8v53i',
};
