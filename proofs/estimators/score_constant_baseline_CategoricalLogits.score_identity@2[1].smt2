; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x125 (+ ?x122 ?x124)))
 (let ((?x126 (+ ?x121 ?x125)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x127 (* ?x111 ?x126)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (< 0.0 ?x533)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let ((?x293 (/ ?x132 ?x533)))
 (let ((?x334 (- ?x293)))
 (let ((?x337 (+ 1.0 ?x334)))
 (let ((?x157 (* 0.0 ?x337)))
 (let ((?x335 (* 0.0 ?x334)))
 (let ((?x158 (+ ?x335 ?x157)))
 (let ((?x159 (+ ?x334 ?x158)))
 (let ((?x397 (/ 1.0 exp!7)))
 (let ((?x213 (* ?x397 ?x159)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x223 (* ?x115 ?x213)))
 (let ((?x116 (- ?x115)))
 (let ((?x398 (/ ?x116 ?x533)))
 (let ((?x329 (* ?x132 ?x398)))
 (let ((?x330 (* ?x397 ?x329)))
 (or (and (distinct ?x330 ?x223) true))))))))))))))))))))))))
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
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!6 exp!2))))
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
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x164 (+ 1.0 log!150)))
 (>= exp!6 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x130 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!6 ?x533)))))))))
(assert
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!7 exp!2))))
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
 (let (($x256 (< log!150 log!150)))
 (= $x256 (< exp!7 exp!6))))
(assert
 (let (($x256 (< log!150 log!150)))
 (= $x256 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x164 (+ 1.0 log!150)))
 (>= exp!7 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x132 (/ ?x51 exp!1)))
(let ((?x130 (/ (* 1.0 exp!2) exp!1)))
(let ((?x447 (+ ?x130 ?x132)))
(let ((?x533 (+ 1.0 ?x447)))
(let (($x190 (> ?x533 0.0)))
(=> $x190 (= exp!7 ?x533)))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (< 0.0 ?x268))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (let (($x515 (= 0.0 ?x268)))
 (not $x515)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (let (($x515 (= 0.0 ?x268)))
 (not $x515)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (let (($x515 (= 0.0 ?x268)))
 (not $x515)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (< 0.0 ?x268))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (let (($x515 (= 0.0 ?x268)))
 (not $x515)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (let (($x515 (= 0.0 ?x268)))
 (not $x515)))))))))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (let ((?x373 (/ 1.0 ?x268)))
 (let ((?x879 (- ?x373)))
 (let ((?x205 (+ 1.0 ?x879)))
 (let ((?x245 (* 0.0 ?x205)))
 (let ((?x656 (* 0.0 ?x879)))
 (let ((?x336 (+ ?x656 ?x245)))
 (let ((?x368 (+ ?x879 ?x336)))
 (let ((?x620 (/ ?x165 exp!9)))
 (let ((?x211 (* ?x620 ?x368)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x505 (* ?x115 ?x211)))
 (let ((?x116 (- ?x115)))
 (let ((?x323 (/ ?x116 ?x268)))
 (let ((?x200 (* ?x620 ?x323)))
 (or (and (distinct ?x200 ?x505) true))))))))))))))))))))))))
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
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!6 exp!2))))
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
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x164 (+ 1.0 log!150)))
 (>= exp!6 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!6 ?x533))))))))))
(assert
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!7 exp!2))))
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
 (let (($x256 (< log!150 log!150)))
 (= $x256 (< exp!7 exp!6))))
(assert
 (let (($x256 (< log!150 log!150)))
 (= $x256 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x164 (+ 1.0 log!150)))
 (>= exp!7 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!7 ?x533))))))))))
(assert
 (let (($x194 (< log!204 |logits[2]|)))
 (= $x194 (< exp!8 exp!1))))
(assert
 (let (($x616 (< |logits[2]| log!204)))
 (= $x616 (< exp!1 exp!8))))
(assert
 (let (($x646 (< log!204 |logits[0]|)))
 (= $x646 (< exp!8 exp!2))))
(assert
 (let (($x573 (< |logits[0]| log!204)))
 (= $x573 (< exp!2 exp!8))))
(assert
 (let (($x506 (< log!204 |logits[1]|)))
 (= $x506 (< exp!8 exp!3))))
(assert
 (let (($x687 (< |logits[1]| log!204)))
 (= $x687 (< exp!3 exp!8))))
(assert
 (let (($x578 (< log!204 log!98)))
 (= $x578 (< exp!8 exp!5))))
(assert
 (let (($x536 (< log!98 log!204)))
 (= $x536 (< exp!5 exp!8))))
(assert
 (let (($x488 (< log!204 log!150)))
 (= $x488 (< exp!8 exp!7))))
(assert
 (let (($x453 (< log!150 log!204)))
 (= $x453 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x235 (> log!204 0.0)))
 (= $x235 (> exp!8 1.0))))
(assert
 (let ((?x169 (+ 1.0 log!204)))
 (>= exp!8 ?x169)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (let (($x144 (> ?x268 0.0)))
 (=> $x144 (= exp!8 ?x268))))))))))
(assert
 (let (($x194 (< log!204 |logits[2]|)))
 (= $x194 (< exp!9 exp!1))))
(assert
 (let (($x616 (< |logits[2]| log!204)))
 (= $x616 (< exp!1 exp!9))))
(assert
 (let (($x646 (< log!204 |logits[0]|)))
 (= $x646 (< exp!9 exp!2))))
(assert
 (let (($x573 (< |logits[0]| log!204)))
 (= $x573 (< exp!2 exp!9))))
(assert
 (let (($x506 (< log!204 |logits[1]|)))
 (= $x506 (< exp!9 exp!3))))
(assert
 (let (($x687 (< |logits[1]| log!204)))
 (= $x687 (< exp!3 exp!9))))
(assert
 (let (($x578 (< log!204 log!98)))
 (= $x578 (< exp!9 exp!5))))
(assert
 (let (($x536 (< log!98 log!204)))
 (= $x536 (< exp!5 exp!9))))
(assert
 (let (($x488 (< log!204 log!150)))
 (= $x488 (< exp!9 exp!7))))
(assert
 (let (($x453 (< log!150 log!204)))
 (= $x453 (< exp!7 exp!9))))
(assert
 (let (($x480 (< log!204 log!204)))
 (= $x480 (< exp!9 exp!8))))
(assert
 (let (($x480 (< log!204 log!204)))
 (= $x480 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x235 (> log!204 0.0)))
 (= $x235 (> exp!9 1.0))))
(assert
 (let ((?x169 (+ 1.0 log!204)))
 (>= exp!9 ?x169)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x507 (/ ?x129 exp!3)))
(let ((?x418 (+ 1.0 ?x507)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x165 (/ ?x24 exp!3)))
(let ((?x268 (+ ?x165 ?x418)))
(let (($x144 (> ?x268 0.0)))
(=> $x144 (= exp!9 ?x268))))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (< 0.0 ?x533))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x530 (= 0.0 ?x533)))
 (not $x530)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let ((?x293 (/ ?x132 ?x533)))
 (let ((?x334 (- ?x293)))
 (let ((?x337 (+ 1.0 ?x334)))
 (let ((?x157 (* 0.0 ?x337)))
 (let ((?x335 (* 0.0 ?x334)))
 (let ((?x158 (+ ?x335 ?x157)))
 (let ((?x159 (+ ?x334 ?x158)))
 (let ((?x397 (/ 1.0 exp!7)))
 (let ((?x213 (* ?x397 ?x159)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[2]| ?x114)))
 (let ((?x223 (* ?x115 ?x213)))
 (let ((?x116 (- ?x115)))
 (let ((?x398 (/ ?x116 ?x533)))
 (let ((?x329 (* ?x132 ?x398)))
 (let ((?x330 (* ?x397 ?x329)))
 (or (and (distinct ?x330 ?x223) true)))))))))))))))))))))))))
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
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!6 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!6))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!6 exp!2))))
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
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!6 1.0))))
(assert
 (let ((?x164 (+ 1.0 log!150)))
 (>= exp!6 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!6 ?x533))))))))))
(assert
 (let (($x469 (< log!150 |logits[2]|)))
 (= $x469 (< exp!7 exp!1))))
(assert
 (let (($x179 (< |logits[2]| log!150)))
 (= $x179 (< exp!1 exp!7))))
(assert
 (let (($x462 (< log!150 |logits[0]|)))
 (= $x462 (< exp!7 exp!2))))
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
 (let (($x256 (< log!150 log!150)))
 (= $x256 (< exp!7 exp!6))))
(assert
 (let (($x256 (< log!150 log!150)))
 (= $x256 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x161 (> log!150 0.0)))
 (= $x161 (> exp!7 1.0))))
(assert
 (let ((?x164 (+ 1.0 log!150)))
 (>= exp!7 ?x164)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x132 (/ ?x51 exp!1)))
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x130 (/ ?x129 exp!1)))
 (let ((?x447 (+ ?x130 ?x132)))
 (let ((?x533 (+ 1.0 ?x447)))
 (let (($x190 (> ?x533 0.0)))
 (=> $x190 (= exp!7 ?x533))))))))))
(assert
 (let (($x194 (< log!204 |logits[2]|)))
 (= $x194 (< exp!8 exp!1))))
(assert
 (let (($x616 (< |logits[2]| log!204)))
 (= $x616 (< exp!1 exp!8))))
(assert
 (let (($x646 (< log!204 |logits[0]|)))
 (= $x646 (< exp!8 exp!2))))
(assert
 (let (($x573 (< |logits[0]| log!204)))
 (= $x573 (< exp!2 exp!8))))
(assert
 (let (($x506 (< log!204 |logits[1]|)))
 (= $x506 (< exp!8 exp!3))))
(assert
 (let (($x687 (< |logits[1]| log!204)))
 (= $x687 (< exp!3 exp!8))))
(assert
 (let (($x578 (< log!204 log!98)))
 (= $x578 (< exp!8 exp!5))))
(assert
 (let (($x536 (< log!98 log!204)))
 (= $x536 (< exp!5 exp!8))))
(assert
 (let (($x488 (< log!204 log!150)))
 (= $x488 (< exp!8 exp!7))))
(assert
 (let (($x453 (< log!150 log!204)))
 (= $x453 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x235 (> log!204 0.0)))
 (= $x235 (> exp!8 1.0))))
(assert
 (let ((?x169 (+ 1.0 log!204)))
 (>= exp!8 ?x169)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x129 exp!3)))
 (let ((?x418 (+ 1.0 ?x507)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x165 (/ ?x24 exp!3)))
 (let ((?x268 (+ ?x165 ?x418)))
 (let (($x144 (> ?x268 0.0)))
 (=> $x144 (= exp!8 ?x268))))))))))
(assert
 (let (($x194 (< log!204 |logits[2]|)))
 (= $x194 (< exp!9 exp!1))))
(assert
 (let (($x616 (< |logits[2]| log!204)))
 (= $x616 (< exp!1 exp!9))))
(assert
 (let (($x646 (< log!204 |logits[0]|)))
 (= $x646 (< exp!9 exp!2))))
(assert
 (let (($x573 (< |logits[0]| log!204)))
 (= $x573 (< exp!2 exp!9))))
(assert
 (let (($x506 (< log!204 |logits[1]|)))
 (= $x506 (< exp!9 exp!3))))
(assert
 (let (($x687 (< |logits[1]| log!204)))
 (= $x687 (< exp!3 exp!9))))
(assert
 (let (($x578 (< log!204 log!98)))
 (= $x578 (< exp!9 exp!5))))
(assert
 (let (($x536 (< log!98 log!204)))
 (= $x536 (< exp!5 exp!9))))
(assert
 (let (($x488 (< log!204 log!150)))
 (= $x488 (< exp!9 exp!7))))
(assert
 (let (($x453 (< log!150 log!204)))
 (= $x453 (< exp!7 exp!9))))
(assert
 (let (($x480 (< log!204 log!204)))
 (= $x480 (< exp!9 exp!8))))
(assert
 (let (($x480 (< log!204 log!204)))
 (= $x480 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x235 (> log!204 0.0)))
 (= $x235 (> exp!9 1.0))))
(assert
 (let ((?x169 (+ 1.0 log!204)))
 (>= exp!9 ?x169)))
(assert
 (let ((?x129 (* 1.0 exp!2)))
(let ((?x507 (/ ?x129 exp!3)))
(let ((?x418 (+ 1.0 ?x507)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x165 (/ ?x24 exp!3)))
(let ((?x268 (+ ?x165 ?x418)))
(let (($x144 (> ?x268 0.0)))
(=> $x144 (= exp!9 ?x268))))))))))
(check-sat)
(pop 1)
