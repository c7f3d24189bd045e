; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
 (let ((?x120 (/ 1.0 ?x54)))
 (let ((?x121 (- ?x120)))
 (let ((?x123 (+ 1.0 ?x121)))
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x124 (+ ?x122 ?x123)))
 (let ((?x125 (+ ?x122 ?x124)))
 (let ((?x111 (/ 1.0 exp!5)))
 (let ((?x126 (* ?x111 ?x125)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x127 (* ?x115 ?x126)))
 (let ((?x116 (- ?x115)))
 (let ((?x117 (/ ?x116 ?x54)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (* ?x111 ?x118)))
 (or (and (distinct ?x119 ?x127) true))))))))))))))))))))))
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
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (< 0.0 ?x132)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (< 0.0 ?x132)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let ((?x180 (/ ?x129 ?x132)))
 (let ((?x184 (- ?x180)))
 (let ((?x203 (+ 1.0 ?x184)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x204 (+ ?x185 ?x203)))
 (let ((?x206 (+ ?x185 ?x204)))
 (let ((?x232 (/ ?x129 exp!7)))
 (let ((?x207 (* ?x232 ?x206)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x196 (* ?x115 ?x207)))
 (let ((?x116 (- ?x115)))
 (let ((?x236 (/ ?x116 ?x132)))
 (let ((?x238 (* ?x129 ?x236)))
 (let ((?x417 (+ ?x115 ?x238)))
 (let ((?x418 (* ?x232 ?x417)))
 (or (and (distinct ?x418 ?x196) true))))))))))))))))))))))))
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
 (let (($x480 (< log!150 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!150)))
 (= $x177 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!150 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!150)))
 (= $x425 (< exp!2 exp!6))))
(assert
 (let (($x532 (< log!150 |logits[1]|)))
 (= $x532 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!150)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x541 (< log!150 log!98)))
 (= $x541 (< exp!6 exp!5))))
(assert
 (let (($x550 (< log!98 log!150)))
 (= $x550 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x318 (> log!150 0.0)))
 (= $x318 (> exp!6 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!150)))
 (>= exp!6 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x256 (> ?x132 0.0)))
 (=> $x256 (= exp!6 ?x132)))))))))
(assert
 (let (($x480 (< log!150 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!150)))
 (= $x177 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!150 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!150)))
 (= $x425 (< exp!2 exp!7))))
(assert
 (let (($x532 (< log!150 |logits[1]|)))
 (= $x532 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!150)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x541 (< log!150 log!98)))
 (= $x541 (< exp!7 exp!5))))
(assert
 (let (($x550 (< log!98 log!150)))
 (= $x550 (< exp!5 exp!7))))
(assert
 (let (($x407 (< log!150 log!150)))
 (= $x407 (< exp!7 exp!6))))
(assert
 (let (($x407 (< log!150 log!150)))
 (= $x407 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x318 (> log!150 0.0)))
 (= $x318 (> exp!7 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!150)))
 (>= exp!7 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x131 (/ ?x51 exp!1)))
(let ((?x129 (/ (* 1.0 exp!2) exp!1)))
(let ((?x534 (+ ?x129 ?x131)))
(let ((?x132 (+ 1.0 ?x534)))
(let (($x256 (> ?x132 0.0)))
(=> $x256 (= exp!7 ?x132)))))))))
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
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (< 0.0 ?x195))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (let (($x501 (= 0.0 ?x195)))
 (not $x501)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (let (($x501 (= 0.0 ?x195)))
 (not $x501)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (let (($x501 (= 0.0 ?x195)))
 (not $x501)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (< 0.0 ?x195))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (let (($x501 (= 0.0 ?x195)))
 (not $x501)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (let (($x501 (= 0.0 ?x195)))
 (not $x501)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (let ((?x661 (/ ?x486 ?x195)))
 (let ((?x208 (- ?x661)))
 (let ((?x354 (+ 1.0 ?x208)))
 (let ((?x658 (* 0.0 ?x208)))
 (let ((?x360 (+ ?x658 ?x354)))
 (let ((?x559 (+ ?x658 ?x360)))
 (let ((?x639 (/ ?x486 exp!9)))
 (let ((?x258 (* ?x639 ?x559)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x293 (* ?x115 ?x258)))
 (let ((?x116 (- ?x115)))
 (let ((?x202 (/ ?x116 ?x195)))
 (let ((?x388 (* ?x486 ?x202)))
 (let ((?x233 (+ ?x115 ?x388)))
 (let ((?x881 (* ?x639 ?x233)))
 (or (and (distinct ?x881 ?x293) true)))))))))))))))))))))))))
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
 (let (($x480 (< log!150 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!150)))
 (= $x177 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!150 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!150)))
 (= $x425 (< exp!2 exp!6))))
(assert
 (let (($x532 (< log!150 |logits[1]|)))
 (= $x532 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!150)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x541 (< log!150 log!98)))
 (= $x541 (< exp!6 exp!5))))
(assert
 (let (($x550 (< log!98 log!150)))
 (= $x550 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x318 (> log!150 0.0)))
 (= $x318 (> exp!6 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!150)))
 (>= exp!6 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x256 (> ?x132 0.0)))
 (=> $x256 (= exp!6 ?x132))))))))))
(assert
 (let (($x480 (< log!150 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!150)))
 (= $x177 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!150 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!150)))
 (= $x425 (< exp!2 exp!7))))
(assert
 (let (($x532 (< log!150 |logits[1]|)))
 (= $x532 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!150)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x541 (< log!150 log!98)))
 (= $x541 (< exp!7 exp!5))))
(assert
 (let (($x550 (< log!98 log!150)))
 (= $x550 (< exp!5 exp!7))))
(assert
 (let (($x407 (< log!150 log!150)))
 (= $x407 (< exp!7 exp!6))))
(assert
 (let (($x407 (< log!150 log!150)))
 (= $x407 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x318 (> log!150 0.0)))
 (= $x318 (> exp!7 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!150)))
 (>= exp!7 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x256 (> ?x132 0.0)))
 (=> $x256 (= exp!7 ?x132))))))))))
(assert
 (let (($x630 (< log!204 |logits[2]|)))
 (= $x630 (< exp!8 exp!1))))
(assert
 (let (($x416 (< |logits[2]| log!204)))
 (= $x416 (< exp!1 exp!8))))
(assert
 (let (($x474 (< log!204 |logits[0]|)))
 (= $x474 (< exp!8 exp!2))))
(assert
 (let (($x362 (< |logits[0]| log!204)))
 (= $x362 (< exp!2 exp!8))))
(assert
 (let (($x651 (< log!204 |logits[1]|)))
 (= $x651 (< exp!8 exp!3))))
(assert
 (let (($x735 (< |logits[1]| log!204)))
 (= $x735 (< exp!3 exp!8))))
(assert
 (let (($x613 (< log!204 log!98)))
 (= $x613 (< exp!8 exp!5))))
(assert
 (let (($x478 (< log!98 log!204)))
 (= $x478 (< exp!5 exp!8))))
(assert
 (let (($x438 (< log!204 log!150)))
 (= $x438 (< exp!8 exp!7))))
(assert
 (let (($x379 (< log!150 log!204)))
 (= $x379 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x298 (> log!204 0.0)))
 (= $x298 (> exp!8 1.0))))
(assert
 (let ((?x191 (+ 1.0 log!204)))
 (>= exp!8 ?x191)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (let (($x175 (> ?x195 0.0)))
 (=> $x175 (= exp!8 ?x195))))))))))
(assert
 (let (($x630 (< log!204 |logits[2]|)))
 (= $x630 (< exp!9 exp!1))))
(assert
 (let (($x416 (< |logits[2]| log!204)))
 (= $x416 (< exp!1 exp!9))))
(assert
 (let (($x474 (< log!204 |logits[0]|)))
 (= $x474 (< exp!9 exp!2))))
(assert
 (let (($x362 (< |logits[0]| log!204)))
 (= $x362 (< exp!2 exp!9))))
(assert
 (let (($x651 (< log!204 |logits[1]|)))
 (= $x651 (< exp!9 exp!3))))
(assert
 (let (($x735 (< |logits[1]| log!204)))
 (= $x735 (< exp!3 exp!9))))
(assert
 (let (($x613 (< log!204 log!98)))
 (= $x613 (< exp!9 exp!5))))
(assert
 (let (($x478 (< log!98 log!204)))
 (= $x478 (< exp!5 exp!9))))
(assert
 (let (($x438 (< log!204 log!150)))
 (= $x438 (< exp!9 exp!7))))
(assert
 (let (($x379 (< log!150 log!204)))
 (= $x379 (< exp!7 exp!9))))
(assert
 (let (($x444 (< log!204 log!204)))
 (= $x444 (< exp!9 exp!8))))
(assert
 (let (($x444 (< log!204 log!204)))
 (= $x444 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x298 (> log!204 0.0)))
 (= $x298 (> exp!9 1.0))))
(assert
 (let ((?x191 (+ 1.0 log!204)))
 (>= exp!9 ?x191)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x486 (/ ?x128 exp!3)))
(let ((?x477 (+ 1.0 ?x486)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x226 (/ ?x24 exp!3)))
(let ((?x195 (+ ?x226 ?x477)))
(let (($x175 (> ?x195 0.0)))
(=> $x175 (= exp!9 ?x195))))))))))
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
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (< 0.0 ?x132))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x539 (= 0.0 ?x132)))
 (not $x539)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let ((?x180 (/ ?x129 ?x132)))
 (let ((?x184 (- ?x180)))
 (let ((?x203 (+ 1.0 ?x184)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x204 (+ ?x185 ?x203)))
 (let ((?x206 (+ ?x185 ?x204)))
 (let ((?x232 (/ ?x129 exp!7)))
 (let ((?x207 (* ?x232 ?x206)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x196 (* ?x115 ?x207)))
 (let ((?x116 (- ?x115)))
 (let ((?x236 (/ ?x116 ?x132)))
 (let ((?x238 (* ?x129 ?x236)))
 (let ((?x417 (+ ?x115 ?x238)))
 (let ((?x418 (* ?x232 ?x417)))
 (or (and (distinct ?x418 ?x196) true)))))))))))))))))))))))))
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
 (let (($x480 (< log!150 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!150)))
 (= $x177 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!150 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!150)))
 (= $x425 (< exp!2 exp!6))))
(assert
 (let (($x532 (< log!150 |logits[1]|)))
 (= $x532 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!150)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x541 (< log!150 log!98)))
 (= $x541 (< exp!6 exp!5))))
(assert
 (let (($x550 (< log!98 log!150)))
 (= $x550 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x318 (> log!150 0.0)))
 (= $x318 (> exp!6 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!150)))
 (>= exp!6 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x256 (> ?x132 0.0)))
 (=> $x256 (= exp!6 ?x132))))))))))
(assert
 (let (($x480 (< log!150 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!150)))
 (= $x177 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!150 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!150)))
 (= $x425 (< exp!2 exp!7))))
(assert
 (let (($x532 (< log!150 |logits[1]|)))
 (= $x532 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!150)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x541 (< log!150 log!98)))
 (= $x541 (< exp!7 exp!5))))
(assert
 (let (($x550 (< log!98 log!150)))
 (= $x550 (< exp!5 exp!7))))
(assert
 (let (($x407 (< log!150 log!150)))
 (= $x407 (< exp!7 exp!6))))
(assert
 (let (($x407 (< log!150 log!150)))
 (= $x407 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x318 (> log!150 0.0)))
 (= $x318 (> exp!7 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!150)))
 (>= exp!7 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x256 (> ?x132 0.0)))
 (=> $x256 (= exp!7 ?x132))))))))))
(assert
 (let (($x630 (< log!204 |logits[2]|)))
 (= $x630 (< exp!8 exp!1))))
(assert
 (let (($x416 (< |logits[2]| log!204)))
 (= $x416 (< exp!1 exp!8))))
(assert
 (let (($x474 (< log!204 |logits[0]|)))
 (= $x474 (< exp!8 exp!2))))
(assert
 (let (($x362 (< |logits[0]| log!204)))
 (= $x362 (< exp!2 exp!8))))
(assert
 (let (($x651 (< log!204 |logits[1]|)))
 (= $x651 (< exp!8 exp!3))))
(assert
 (let (($x735 (< |logits[1]| log!204)))
 (= $x735 (< exp!3 exp!8))))
(assert
 (let (($x613 (< log!204 log!98)))
 (= $x613 (< exp!8 exp!5))))
(assert
 (let (($x478 (< log!98 log!204)))
 (= $x478 (< exp!5 exp!8))))
(assert
 (let (($x438 (< log!204 log!150)))
 (= $x438 (< exp!8 exp!7))))
(assert
 (let (($x379 (< log!150 log!204)))
 (= $x379 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x298 (> log!204 0.0)))
 (= $x298 (> exp!8 1.0))))
(assert
 (let ((?x191 (+ 1.0 log!204)))
 (>= exp!8 ?x191)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x486 (/ ?x128 exp!3)))
 (let ((?x477 (+ 1.0 ?x486)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x226 (/ ?x24 exp!3)))
 (let ((?x195 (+ ?x226 ?x477)))
 (let (($x175 (> ?x195 0.0)))
 (=> $x175 (= exp!8 ?x195))))))))))
(assert
 (let (($x630 (< log!204 |logits[2]|)))
 (= $x630 (< exp!9 exp!1))))
(assert
 (let (($x416 (< |logits[2]| log!204)))
 (= $x416 (< exp!1 exp!9))))
(assert
 (let (($x474 (< log!204 |logits[0]|)))
 (= $x474 (< exp!9 exp!2))))
(assert
 (let (($x362 (< |logits[0]| log!204)))
 (= $x362 (< exp!2 exp!9))))
(assert
 (let (($x651 (< log!204 |logits[1]|)))
 (= $x651 (< exp!9 exp!3))))
(assert
 (let (($x735 (< |logits[1]| log!204)))
 (= $x735 (< exp!3 exp!9))))
(assert
 (let (($x613 (< log!204 log!98)))
 (= $x613 (< exp!9 exp!5))))
(assert
 (let (($x478 (< log!98 log!204)))
 (= $x478 (< exp!5 exp!9))))
(assert
 (let (($x438 (< log!204 log!150)))
 (= $x438 (< exp!9 exp!7))))
(assert
 (let (($x379 (< log!150 log!204)))
 (= $x379 (< exp!7 exp!9))))
(assert
 (let (($x444 (< log!204 log!204)))
 (= $x444 (< exp!9 exp!8))))
(assert
 (let (($x444 (< log!204 log!204)))
 (= $x444 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x298 (> log!204 0.0)))
 (= $x298 (> exp!9 1.0))))
(assert
 (let ((?x191 (+ 1.0 log!204)))
 (>= exp!9 ?x191)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x486 (/ ?x128 exp!3)))
(let ((?x477 (+ 1.0 ?x486)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x226 (/ ?x24 exp!3)))
(let ((?x195 (+ ?x226 ?x477)))
(let (($x175 (> ?x195 0.0)))
(=> $x175 (= exp!9 ?x195))))))))))
(check-sat)
(pop 1)
