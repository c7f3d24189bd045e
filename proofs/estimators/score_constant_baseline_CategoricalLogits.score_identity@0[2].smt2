; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@0[2]', verdict proved
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
 (let ((?x120 (/ ?x33 ?x54)))
 (let ((?x121 (- ?x120)))
 (let ((?x124 (* 0.0 ?x121)))
 (let ((?x125 (+ ?x121 ?x124)))
 (let ((?x122 (+ 1.0 ?x121)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x127 (* ?x111 ?x126)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x128 (* ?x115 ?x127)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (* ?x33 ?x117)))
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
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let ((?x408 (/ 1.0 ?x533)))
 (let ((?x409 (- ?x408)))
 (let ((?x383 (* 0.0 ?x409)))
 (let ((?x151 (+ ?x409 ?x383)))
 (let ((?x375 (+ 1.0 ?x409)))
 (let ((?x381 (* 0.0 ?x375)))
 (let ((?x152 (+ ?x381 ?x151)))
 (let ((?x223 (/ ?x130 exp!7)))
 (let ((?x269 (* ?x223 ?x152)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x263 (* ?x115 ?x269)))
 (let ((?x116 (- ?x115)))
 (let ((?x227 (/ ?x116 ?x533)))
 (let ((?x229 (* ?x223 ?x227)))
 (or (and (distinct ?x229 ?x263) true)))))))))))))))))))))))
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
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
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
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!7 exp!6))))
(assert
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!6 exp!7))))
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
(let ((?x444 (+ ?x130 ?x132)))
(let ((?x533 (+ 1.0 ?x444)))
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
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (< 0.0 ?x155))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (let (($x206 (= 0.0 ?x155)))
 (not $x206)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (let (($x206 (= 0.0 ?x155)))
 (not $x206)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (let (($x206 (= 0.0 ?x155)))
 (not $x206)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (< 0.0 ?x155))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (let (($x206 (= 0.0 ?x155)))
 (not $x206)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (let (($x206 (= 0.0 ?x155)))
 (not $x206)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (let ((?x875 (/ ?x190 ?x155)))
 (let ((?x654 (- ?x875)))
 (let ((?x274 (* 0.0 ?x654)))
 (let ((?x312 (+ ?x654 ?x274)))
 (let ((?x146 (+ 1.0 ?x654)))
 (let ((?x402 (* 0.0 ?x146)))
 (let ((?x420 (+ ?x402 ?x312)))
 (let ((?x371 (/ ?x634 exp!9)))
 (let ((?x291 (* ?x371 ?x420)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x495 (* ?x115 ?x291)))
 (let ((?x116 (- ?x115)))
 (let ((?x231 (/ ?x116 ?x155)))
 (let ((?x661 (* ?x190 ?x231)))
 (let ((?x184 (* ?x371 ?x661)))
 (or (and (distinct ?x184 ?x495) true)))))))))))))))))))))))))
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
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
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
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!7 exp!6))))
(assert
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!6 exp!7))))
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
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x319 (> ?x533 0.0)))
 (=> $x319 (= exp!7 ?x533))))))))))
(assert
 (let (($x618 (< log!204 |logits[2]|)))
 (= $x618 (< exp!8 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!204)))
 (= $x455 (< exp!1 exp!8))))
(assert
 (let (($x644 (< log!204 |logits[0]|)))
 (= $x644 (< exp!8 exp!2))))
(assert
 (let (($x616 (< |logits[0]| log!204)))
 (= $x616 (< exp!2 exp!8))))
(assert
 (let (($x261 (< log!204 |logits[1]|)))
 (= $x261 (< exp!8 exp!3))))
(assert
 (let (($x727 (< |logits[1]| log!204)))
 (= $x727 (< exp!3 exp!8))))
(assert
 (let (($x617 (< log!204 log!98)))
 (= $x617 (< exp!8 exp!5))))
(assert
 (let (($x458 (< log!98 log!204)))
 (= $x458 (< exp!5 exp!8))))
(assert
 (let (($x514 (< log!204 log!150)))
 (= $x514 (< exp!8 exp!7))))
(assert
 (let (($x491 (< log!150 log!204)))
 (= $x491 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x452 (> log!204 0.0)))
 (= $x452 (> exp!8 1.0))))
(assert
 (let ((?x289 (+ 1.0 log!204)))
 (>= exp!8 ?x289)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (let (($x276 (> ?x155 0.0)))
 (=> $x276 (= exp!8 ?x155))))))))))
(assert
 (let (($x618 (< log!204 |logits[2]|)))
 (= $x618 (< exp!9 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!204)))
 (= $x455 (< exp!1 exp!9))))
(assert
 (let (($x644 (< log!204 |logits[0]|)))
 (= $x644 (< exp!9 exp!2))))
(assert
 (let (($x616 (< |logits[0]| log!204)))
 (= $x616 (< exp!2 exp!9))))
(assert
 (let (($x261 (< log!204 |logits[1]|)))
 (= $x261 (< exp!9 exp!3))))
(assert
 (let (($x727 (< |logits[1]| log!204)))
 (= $x727 (< exp!3 exp!9))))
(assert
 (let (($x617 (< log!204 log!98)))
 (= $x617 (< exp!9 exp!5))))
(assert
 (let (($x458 (< log!98 log!204)))
 (= $x458 (< exp!5 exp!9))))
(assert
 (let (($x514 (< log!204 log!150)))
 (= $x514 (< exp!9 exp!7))))
(assert
 (let (($x491 (< log!150 log!204)))
 (= $x491 (< exp!7 exp!9))))
(assert
 (let (($x142 (< log!204 log!204)))
 (= $x142 (< exp!9 exp!8))))
(assert
 (let (($x142 (< log!204 log!204)))
 (= $x142 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x452 (> log!204 0.0)))
 (= $x452 (> exp!9 1.0))))
(assert
 (let ((?x289 (+ 1.0 log!204)))
 (>= exp!9 ?x289)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x634 (/ ?x129 exp!3)))
(let ((?x413 (+ 1.0 ?x634)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x190 (/ ?x24 exp!3)))
(let ((?x155 (+ ?x190 ?x413)))
(let (($x276 (> ?x155 0.0)))
(=> $x276 (= exp!9 ?x155))))))))))
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
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let ((?x408 (/ 1.0 ?x533)))
 (let ((?x409 (- ?x408)))
 (let ((?x383 (* 0.0 ?x409)))
 (let ((?x151 (+ ?x409 ?x383)))
 (let ((?x375 (+ 1.0 ?x409)))
 (let ((?x381 (* 0.0 ?x375)))
 (let ((?x152 (+ ?x381 ?x151)))
 (let ((?x223 (/ ?x130 exp!7)))
 (let ((?x269 (* ?x223 ?x152)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x263 (* ?x115 ?x269)))
 (let ((?x116 (- ?x115)))
 (let ((?x227 (/ ?x116 ?x533)))
 (let ((?x229 (* ?x223 ?x227)))
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
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
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
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!7 exp!6))))
(assert
 (let (($x398 (< log!150 log!150)))
 (= $x398 (< exp!6 exp!7))))
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
 (let ((?x444 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x444)))
 (let (($x319 (> ?x533 0.0)))
 (=> $x319 (= exp!7 ?x533))))))))))
(assert
 (let (($x618 (< log!204 |logits[2]|)))
 (= $x618 (< exp!8 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!204)))
 (= $x455 (< exp!1 exp!8))))
(assert
 (let (($x644 (< log!204 |logits[0]|)))
 (= $x644 (< exp!8 exp!2))))
(assert
 (let (($x616 (< |logits[0]| log!204)))
 (= $x616 (< exp!2 exp!8))))
(assert
 (let (($x261 (< log!204 |logits[1]|)))
 (= $x261 (< exp!8 exp!3))))
(assert
 (let (($x727 (< |logits[1]| log!204)))
 (= $x727 (< exp!3 exp!8))))
(assert
 (let (($x617 (< log!204 log!98)))
 (= $x617 (< exp!8 exp!5))))
(assert
 (let (($x458 (< log!98 log!204)))
 (= $x458 (< exp!5 exp!8))))
(assert
 (let (($x514 (< log!204 log!150)))
 (= $x514 (< exp!8 exp!7))))
(assert
 (let (($x491 (< log!150 log!204)))
 (= $x491 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x452 (> log!204 0.0)))
 (= $x452 (> exp!8 1.0))))
(assert
 (let ((?x289 (+ 1.0 log!204)))
 (>= exp!8 ?x289)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x634 (/ ?x129 exp!3)))
 (let ((?x413 (+ 1.0 ?x634)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x190 (/ ?x24 exp!3)))
 (let ((?x155 (+ ?x190 ?x413)))
 (let (($x276 (> ?x155 0.0)))
 (=> $x276 (= exp!8 ?x155))))))))))
(assert
 (let (($x618 (< log!204 |logits[2]|)))
 (= $x618 (< exp!9 exp!1))))
(assert
 (let (($x455 (< |logits[2]| log!204)))
 (= $x455 (< exp!1 exp!9))))
(assert
 (let (($x644 (< log!204 |logits[0]|)))
 (= $x644 (< exp!9 exp!2))))
(assert
 (let (($x616 (< |logits[0]| log!204)))
 (= $x616 (< exp!2 exp!9))))
(assert
 (let (($x261 (< log!204 |logits[1]|)))
 (= $x261 (< exp!9 exp!3))))
(assert
 (let (($x727 (< |logits[1]| log!204)))
 (= $x727 (< exp!3 exp!9))))
(assert
 (let (($x617 (< log!204 log!98)))
 (= $x617 (< exp!9 exp!5))))
(assert
 (let (($x458 (< log!98 log!204)))
 (= $x458 (< exp!5 exp!9))))
(assert
 (let (($x514 (< log!204 log!150)))
 (= $x514 (< exp!9 exp!7))))
(assert
 (let (($x491 (< log!150 log!204)))
 (= $x491 (< exp!7 exp!9))))
(assert
 (let (($x142 (< log!204 log!204)))
 (= $x142 (< exp!9 exp!8))))
(assert
 (let (($x142 (< log!204 log!204)))
 (= $x142 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x452 (> log!204 0.0)))
 (= $x452 (> exp!9 1.0))))
(assert
 (let ((?x289 (+ 1.0 log!204)))
 (>= exp!9 ?x289)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x634 (/ ?x129 exp!3)))
(let ((?x413 (+ 1.0 ?x634)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x190 (/ ?x24 exp!3)))
(let ((?x155 (+ ?x190 ?x413)))
(let (($x276 (> ?x155 0.0)))
(=> $x276 (= exp!9 ?x155))))))))))
(check-sat)
(pop 1)
