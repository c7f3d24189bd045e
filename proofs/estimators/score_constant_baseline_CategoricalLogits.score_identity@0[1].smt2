; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@0[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x120 (/ ?x52 ?x54)))
 (let ((?x121 (- ?x120)))
 (let ((?x123 (+ 1.0 ?x121)))
 (let ((?x124 (* 0.0 ?x123)))
 (let ((?x125 (+ ?x121 ?x124)))
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x126 (+ ?x122 ?x125)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x127 (* ?x111 ?x126)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x128 (* ?x115 ?x127)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x52 ?x117)))
 (let ((?x119 (* ?x111 ?x118)))
 (or (and (distinct ?x119 ?x128) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let ((?x408 (/ ?x132 ?x533)))
 (let ((?x409 (- ?x408)))
 (let ((?x381 (+ 1.0 ?x409)))
 (let ((?x383 (* 0.0 ?x381)))
 (let ((?x151 (+ ?x409 ?x383)))
 (let ((?x375 (* 0.0 ?x409)))
 (let ((?x152 (+ ?x375 ?x151)))
 (let ((?x213 (/ ?x130 exp!7)))
 (let ((?x269 (* ?x213 ?x152)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x263 (* ?x115 ?x269)))
 (let ((?x116 (- ?x115)))
 (let ((?x223 (/ ?x116 ?x533)))
 (let ((?x227 (* ?x132 ?x223)))
 (let ((?x229 (* ?x213 ?x227)))
 (or (and (distinct ?x229 ?x263) true))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x470 (< log!150 |logits[2]|)))
 (= $x470 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x463 (< log!150 |logits[0]|)))
 (= $x463 (< exp!6 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!150)))
 (= $x527 (< exp!2 exp!6))))
(assert
 (let (($x519 (< log!150 |logits[1]|)))
 (= $x519 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!150)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x528 (< log!150 log!98)))
 (= $x528 (< exp!6 exp!5))))
(assert
 (let (($x510 (< log!98 log!150)))
 (= $x510 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!6 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!6 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x319 (> ?x533 0.0)))
 (=> $x319 (= exp!6 ?x533)))))))))
(assert
 (let (($x470 (< log!150 |logits[2]|)))
 (= $x470 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x463 (< log!150 |logits[0]|)))
 (= $x463 (< exp!7 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!150)))
 (= $x527 (< exp!2 exp!7))))
(assert
 (let (($x519 (< log!150 |logits[1]|)))
 (= $x519 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!150)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x528 (< log!150 log!98)))
 (= $x528 (< exp!7 exp!5))))
(assert
 (let (($x510 (< log!98 log!150)))
 (= $x510 (< exp!5 exp!7))))
(assert
 (let (($x397 (< log!150 log!150)))
 (= $x397 (< exp!7 exp!6))))
(assert
 (let (($x397 (< log!150 log!150)))
 (= $x397 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!7 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!7 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x449 (+ ?x130 ?x132)))
(let ((?x533 (+ 1.0 ?x449)))
(let (($x319 (> ?x533 0.0)))
(=> $x319 (= exp!7 ?x533)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (< 0.0 ?x386))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (let (($x552 (= 0.0 ?x386)))
 (not $x552)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (let (($x552 (= 0.0 ?x386)))
 (not $x552)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (let (($x552 (= 0.0 ?x386)))
 (not $x552)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (< 0.0 ?x386))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (let (($x552 (= 0.0 ?x386)))
 (not $x552)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (let (($x552 (= 0.0 ?x386)))
 (not $x552)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (let ((?x374 (/ 1.0 ?x386)))
 (let ((?x875 (- ?x374)))
 (let ((?x562 (+ 1.0 ?x875)))
 (let ((?x324 (* 0.0 ?x562)))
 (let ((?x154 (+ ?x875 ?x324)))
 (let ((?x657 (* 0.0 ?x875)))
 (let ((?x204 (+ ?x657 ?x154)))
 (let ((?x490 (/ ?x344 exp!9)))
 (let ((?x421 (* ?x490 ?x204)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x498 (* ?x115 ?x421)))
 (let ((?x116 (- ?x115)))
 (let ((?x167 (/ ?x116 ?x386)))
 (let ((?x502 (* ?x490 ?x167)))
 (or (and (distinct ?x502 ?x498) true))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x470 (< log!150 |logits[2]|)))
 (= $x470 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x463 (< log!150 |logits[0]|)))
 (= $x463 (< exp!6 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!150)))
 (= $x527 (< exp!2 exp!6))))
(assert
 (let (($x519 (< log!150 |logits[1]|)))
 (= $x519 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!150)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x528 (< log!150 log!98)))
 (= $x528 (< exp!6 exp!5))))
(assert
 (let (($x510 (< log!98 log!150)))
 (= $x510 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!6 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!6 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x319 (> ?x533 0.0)))
 (=> $x319 (= exp!6 ?x533))))))))))
(assert
 (let (($x470 (< log!150 |logits[2]|)))
 (= $x470 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x463 (< log!150 |logits[0]|)))
 (= $x463 (< exp!7 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!150)))
 (= $x527 (< exp!2 exp!7))))
(assert
 (let (($x519 (< log!150 |logits[1]|)))
 (= $x519 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!150)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x528 (< log!150 log!98)))
 (= $x528 (< exp!7 exp!5))))
(assert
 (let (($x510 (< log!98 log!150)))
 (= $x510 (< exp!5 exp!7))))
(assert
 (let (($x397 (< log!150 log!150)))
 (= $x397 (< exp!7 exp!6))))
(assert
 (let (($x397 (< log!150 log!150)))
 (= $x397 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!7 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!7 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x319 (> ?x533 0.0)))
 (=> $x319 (= exp!7 ?x533))))))))))
(assert
 (let (($x621 (< log!204 |logits[2]|)))
 (= $x621 (< exp!8 exp!1))))
(assert
 (let (($x617 (< |logits[2]| log!204)))
 (= $x617 (< exp!1 exp!8))))
(assert
 (let (($x647 (< log!204 |logits[0]|)))
 (= $x647 (< exp!8 exp!2))))
(assert
 (let (($x484 (< |logits[0]| log!204)))
 (= $x484 (< exp!2 exp!8))))
(assert
 (let (($x540 (< log!204 |logits[1]|)))
 (= $x540 (< exp!8 exp!3))))
(assert
 (let (($x684 (< |logits[1]| log!204)))
 (= $x684 (< exp!3 exp!8))))
(assert
 (let (($x585 (< log!204 log!98)))
 (= $x585 (< exp!8 exp!5))))
(assert
 (let (($x477 (< log!98 log!204)))
 (= $x477 (< exp!5 exp!8))))
(assert
 (let (($x440 (< log!204 log!150)))
 (= $x440 (< exp!8 exp!7))))
(assert
 (let (($x333 (< log!150 log!204)))
 (= $x333 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x288 (> log!204 0.0)))
 (= $x288 (> exp!8 1.0))))
(assert
 (let ((?x239 (+ 1.0 log!204)))
 (>= exp!8 ?x239)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (let (($x163 (> ?x386 0.0)))
 (=> $x163 (= exp!8 ?x386))))))))))
(assert
 (let (($x621 (< log!204 |logits[2]|)))
 (= $x621 (< exp!9 exp!1))))
(assert
 (let (($x617 (< |logits[2]| log!204)))
 (= $x617 (< exp!1 exp!9))))
(assert
 (let (($x647 (< log!204 |logits[0]|)))
 (= $x647 (< exp!9 exp!2))))
(assert
 (let (($x484 (< |logits[0]| log!204)))
 (= $x484 (< exp!2 exp!9))))
(assert
 (let (($x540 (< log!204 |logits[1]|)))
 (= $x540 (< exp!9 exp!3))))
(assert
 (let (($x684 (< |logits[1]| log!204)))
 (= $x684 (< exp!3 exp!9))))
(assert
 (let (($x585 (< log!204 log!98)))
 (= $x585 (< exp!9 exp!5))))
(assert
 (let (($x477 (< log!98 log!204)))
 (= $x477 (< exp!5 exp!9))))
(assert
 (let (($x440 (< log!204 log!150)))
 (= $x440 (< exp!9 exp!7))))
(assert
 (let (($x333 (< log!150 log!204)))
 (= $x333 (< exp!7 exp!9))))
(assert
 (let (($x459 (< log!204 log!204)))
 (= $x459 (< exp!9 exp!8))))
(assert
 (let (($x459 (< log!204 log!204)))
 (= $x459 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x288 (> log!204 0.0)))
 (= $x288 (> exp!9 1.0))))
(assert
 (let ((?x239 (+ 1.0 log!204)))
 (>= exp!9 ?x239)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x344 (/ ?x129 exp!3)))
(let ((?x415 (+ 1.0 ?x344)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x166 (/ ?x24 exp!3)))
(let ((?x386 (+ ?x166 ?x415)))
(let (($x163 (> ?x386 0.0)))
(=> $x163 (= exp!9 ?x386))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!204 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let ((?x408 (/ ?x132 ?x533)))
 (let ((?x409 (- ?x408)))
 (let ((?x381 (+ 1.0 ?x409)))
 (let ((?x383 (* 0.0 ?x381)))
 (let ((?x151 (+ ?x409 ?x383)))
 (let ((?x375 (* 0.0 ?x409)))
 (let ((?x152 (+ ?x375 ?x151)))
 (let ((?x213 (/ ?x130 exp!7)))
 (let ((?x269 (* ?x213 ?x152)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x263 (* ?x115 ?x269)))
 (let ((?x116 (- ?x115)))
 (let ((?x223 (/ ?x116 ?x533)))
 (let ((?x227 (* ?x132 ?x223)))
 (let ((?x229 (* ?x213 ?x227)))
 (or (and (distinct ?x229 ?x263) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!98 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!98)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!98 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!98)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!98 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!98)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!98 log!98)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!98 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!98)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x470 (< log!150 |logits[2]|)))
 (= $x470 (< exp!6 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!6))))
(assert
 (let (($x463 (< log!150 |logits[0]|)))
 (= $x463 (< exp!6 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!150)))
 (= $x527 (< exp!2 exp!6))))
(assert
 (let (($x519 (< log!150 |logits[1]|)))
 (= $x519 (< exp!6 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!150)))
 (= $x520 (< exp!3 exp!6))))
(assert
 (let (($x528 (< log!150 log!98)))
 (= $x528 (< exp!6 exp!5))))
(assert
 (let (($x510 (< log!98 log!150)))
 (= $x510 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!6 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!6 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x319 (> ?x533 0.0)))
 (=> $x319 (= exp!6 ?x533))))))))))
(assert
 (let (($x470 (< log!150 |logits[2]|)))
 (= $x470 (< exp!7 exp!1))))
(assert
 (let (($x178 (< |logits[2]| log!150)))
 (= $x178 (< exp!1 exp!7))))
(assert
 (let (($x463 (< log!150 |logits[0]|)))
 (= $x463 (< exp!7 exp!2))))
(assert
 (let (($x527 (< |logits[0]| log!150)))
 (= $x527 (< exp!2 exp!7))))
(assert
 (let (($x519 (< log!150 |logits[1]|)))
 (= $x519 (< exp!7 exp!3))))
(assert
 (let (($x520 (< |logits[1]| log!150)))
 (= $x520 (< exp!3 exp!7))))
(assert
 (let (($x528 (< log!150 log!98)))
 (= $x528 (< exp!7 exp!5))))
(assert
 (let (($x510 (< log!98 log!150)))
 (= $x510 (< exp!5 exp!7))))
(assert
 (let (($x397 (< log!150 log!150)))
 (= $x397 (< exp!7 exp!6))))
(assert
 (let (($x397 (< log!150 log!150)))
 (= $x397 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x287 (> log!150 0.0)))
 (= $x287 (> exp!7 1.0))))
(assert
 (let ((?x321 (+ 1.0 log!150)))
 (>= exp!7 ?x321)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x449 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x449)))
 (let (($x319 (> ?x533 0.0)))
 (=> $x319 (= exp!7 ?x533))))))))))
(assert
 (let (($x621 (< log!204 |logits[2]|)))
 (= $x621 (< exp!8 exp!1))))
(assert
 (let (($x617 (< |logits[2]| log!204)))
 (= $x617 (< exp!1 exp!8))))
(assert
 (let (($x647 (< log!204 |logits[0]|)))
 (= $x647 (< exp!8 exp!2))))
(assert
 (let (($x484 (< |logits[0]| log!204)))
 (= $x484 (< exp!2 exp!8))))
(assert
 (let (($x540 (< log!204 |logits[1]|)))
 (= $x540 (< exp!8 exp!3))))
(assert
 (let (($x684 (< |logits[1]| log!204)))
 (= $x684 (< exp!3 exp!8))))
(assert
 (let (($x585 (< log!204 log!98)))
 (= $x585 (< exp!8 exp!5))))
(assert
 (let (($x477 (< log!98 log!204)))
 (= $x477 (< exp!5 exp!8))))
(assert
 (let (($x440 (< log!204 log!150)))
 (= $x440 (< exp!8 exp!7))))
(assert
 (let (($x333 (< log!150 log!204)))
 (= $x333 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x288 (> log!204 0.0)))
 (= $x288 (> exp!8 1.0))))
(assert
 (let ((?x239 (+ 1.0 log!204)))
 (>= exp!8 ?x239)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x344 (/ ?x129 exp!3)))
 (let ((?x415 (+ 1.0 ?x344)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x166 (/ ?x24 exp!3)))
 (let ((?x386 (+ ?x166 ?x415)))
 (let (($x163 (> ?x386 0.0)))
 (=> $x163 (= exp!8 ?x386))))))))))
(assert
 (let (($x621 (< log!204 |logits[2]|)))
 (= $x621 (< exp!9 exp!1))))
(assert
 (let (($x617 (< |logits[2]| log!204)))
 (= $x617 (< exp!1 exp!9))))
(assert
 (let (($x647 (< log!204 |logits[0]|)))
 (= $x647 (< exp!9 exp!2))))
(assert
 (let (($x484 (< |logits[0]| log!204)))
 (= $x484 (< exp!2 exp!9))))
(assert
 (let (($x540 (< log!204 |logits[1]|)))
 (= $x540 (< exp!9 exp!3))))
(assert
 (let (($x684 (< |logits[1]| log!204)))
 (= $x684 (< exp!3 exp!9))))
(assert
 (let (($x585 (< log!204 log!98)))
 (= $x585 (< exp!9 exp!5))))
(assert
 (let (($x477 (< log!98 log!204)))
 (= $x477 (< exp!5 exp!9))))
(assert
 (let (($x440 (< log!204 log!150)))
 (= $x440 (< exp!9 exp!7))))
(assert
 (let (($x333 (< log!150 log!204)))
 (= $x333 (< exp!7 exp!9))))
(assert
 (let (($x459 (< log!204 log!204)))
 (= $x459 (< exp!9 exp!8))))
(assert
 (let (($x459 (< log!204 log!204)))
 (= $x459 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x288 (> log!204 0.0)))
 (= $x288 (> exp!9 1.0))))
(assert
 (let ((?x239 (+ 1.0 log!204)))
 (>= exp!9 ?x239)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x344 (/ ?x129 exp!3)))
(let ((?x415 (+ 1.0 ?x344)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x166 (/ ?x24 exp!3)))
(let ((?x386 (+ ?x166 ?x415)))
(let (($x163 (> ?x386 0.0)))
(=> $x163 (= exp!9 ?x386))))))))))
(check-sat)
(pop 1)
