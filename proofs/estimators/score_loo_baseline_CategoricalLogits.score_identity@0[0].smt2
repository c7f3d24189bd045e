; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
(declare-fun log!100 () Real)
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
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
 (let ((?x184 (/ ?x129 ?x132)))
 (let ((?x185 (- ?x184)))
 (let ((?x204 (+ 1.0 ?x185)))
 (let ((?x203 (* 0.0 ?x185)))
 (let ((?x206 (+ ?x203 ?x204)))
 (let ((?x207 (+ ?x203 ?x206)))
 (let ((?x236 (/ ?x129 exp!7)))
 (let ((?x196 (* ?x236 ?x207)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x171 (* ?x115 ?x196)))
 (let ((?x116 (- ?x115)))
 (let ((?x238 (/ ?x116 ?x132)))
 (let ((?x417 (* ?x129 ?x238)))
 (let ((?x418 (+ ?x115 ?x417)))
 (let ((?x180 (* ?x236 ?x418)))
 (or (and (distinct ?x180 ?x171) true))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x480 (< log!152 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!152)))
 (= $x177 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!152 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!152)))
 (= $x425 (< exp!2 exp!6))))
(assert
 (let (($x532 (< log!152 |logits[1]|)))
 (= $x532 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!152)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x541 (< log!152 log!100)))
 (= $x541 (< exp!6 exp!5))))
(assert
 (let (($x550 (< log!100 log!152)))
 (= $x550 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x257 (> log!152 0.0)))
 (= $x257 (> exp!6 1.0))))
(assert
 (let ((?x265 (+ 1.0 log!152)))
 (>= exp!6 ?x265)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x160 (> ?x132 0.0)))
 (=> $x160 (= exp!6 ?x132)))))))))
(assert
 (let (($x480 (< log!152 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!152)))
 (= $x177 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!152 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!152)))
 (= $x425 (< exp!2 exp!7))))
(assert
 (let (($x532 (< log!152 |logits[1]|)))
 (= $x532 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!152)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x541 (< log!152 log!100)))
 (= $x541 (< exp!7 exp!5))))
(assert
 (let (($x550 (< log!100 log!152)))
 (= $x550 (< exp!5 exp!7))))
(assert
 (let (($x387 (< log!152 log!152)))
 (= $x387 (< exp!7 exp!6))))
(assert
 (let (($x387 (< log!152 log!152)))
 (= $x387 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x257 (> log!152 0.0)))
 (= $x257 (> exp!7 1.0))))
(assert
 (let ((?x265 (+ 1.0 log!152)))
 (>= exp!7 ?x265)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x131 (/ ?x51 exp!1)))
(let ((?x129 (/ (* 1.0 exp!2) exp!1)))
(let ((?x534 (+ ?x129 ?x131)))
(let ((?x132 (+ 1.0 ?x534)))
(let (($x160 (> ?x132 0.0)))
(=> $x160 (= exp!7 ?x132)))))))))
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
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (< 0.0 ?x504))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (let (($x303 (= 0.0 ?x504)))
 (not $x303)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (let (($x303 (= 0.0 ?x504)))
 (not $x303)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (let (($x303 (= 0.0 ?x504)))
 (not $x303)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (< 0.0 ?x504))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (let (($x303 (= 0.0 ?x504)))
 (not $x303)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (let (($x303 (= 0.0 ?x504)))
 (not $x303)))))))))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (let ((?x663 (/ ?x362 ?x504)))
 (let ((?x353 (- ?x663)))
 (let ((?x352 (+ 1.0 ?x353)))
 (let ((?x379 (* 0.0 ?x353)))
 (let ((?x138 (+ ?x379 ?x352)))
 (let ((?x377 (+ ?x379 ?x138)))
 (let ((?x211 (/ ?x362 exp!9)))
 (let ((?x463 (* ?x211 ?x377)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x271 (* ?x115 ?x463)))
 (let ((?x116 (- ?x115)))
 (let ((?x389 (/ ?x116 ?x504)))
 (let ((?x330 (* ?x362 ?x389)))
 (let ((?x312 (+ ?x115 ?x330)))
 (let ((?x883 (* ?x211 ?x312)))
 (or (and (distinct ?x883 ?x271) true)))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x480 (< log!152 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!152)))
 (= $x177 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!152 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!152)))
 (= $x425 (< exp!2 exp!6))))
(assert
 (let (($x532 (< log!152 |logits[1]|)))
 (= $x532 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!152)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x541 (< log!152 log!100)))
 (= $x541 (< exp!6 exp!5))))
(assert
 (let (($x550 (< log!100 log!152)))
 (= $x550 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x257 (> log!152 0.0)))
 (= $x257 (> exp!6 1.0))))
(assert
 (let ((?x265 (+ 1.0 log!152)))
 (>= exp!6 ?x265)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x160 (> ?x132 0.0)))
 (=> $x160 (= exp!6 ?x132))))))))))
(assert
 (let (($x480 (< log!152 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!152)))
 (= $x177 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!152 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!152)))
 (= $x425 (< exp!2 exp!7))))
(assert
 (let (($x532 (< log!152 |logits[1]|)))
 (= $x532 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!152)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x541 (< log!152 log!100)))
 (= $x541 (< exp!7 exp!5))))
(assert
 (let (($x550 (< log!100 log!152)))
 (= $x550 (< exp!5 exp!7))))
(assert
 (let (($x387 (< log!152 log!152)))
 (= $x387 (< exp!7 exp!6))))
(assert
 (let (($x387 (< log!152 log!152)))
 (= $x387 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x257 (> log!152 0.0)))
 (= $x257 (> exp!7 1.0))))
(assert
 (let ((?x265 (+ 1.0 log!152)))
 (>= exp!7 ?x265)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x160 (> ?x132 0.0)))
 (=> $x160 (= exp!7 ?x132))))))))))
(assert
 (let (($x446 (< log!206 |logits[2]|)))
 (= $x446 (< exp!8 exp!1))))
(assert
 (let (($x331 (< |logits[2]| log!206)))
 (= $x331 (< exp!1 exp!8))))
(assert
 (let (($x631 (< log!206 |logits[0]|)))
 (= $x631 (< exp!8 exp!2))))
(assert
 (let (($x393 (< |logits[0]| log!206)))
 (= $x393 (< exp!2 exp!8))))
(assert
 (let (($x638 (< log!206 |logits[1]|)))
 (= $x638 (< exp!8 exp!3))))
(assert
 (let (($x591 (< |logits[1]| log!206)))
 (= $x591 (< exp!3 exp!8))))
(assert
 (let (($x477 (< log!206 log!100)))
 (= $x477 (< exp!8 exp!5))))
(assert
 (let (($x464 (< log!100 log!206)))
 (= $x464 (< exp!5 exp!8))))
(assert
 (let (($x430 (< log!206 log!152)))
 (= $x430 (< exp!8 exp!7))))
(assert
 (let (($x322 (< log!152 log!206)))
 (= $x322 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x283 (> log!206 0.0)))
 (= $x283 (> exp!8 1.0))))
(assert
 (let ((?x826 (+ 1.0 log!206)))
 (>= exp!8 ?x826)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (let (($x172 (> ?x504 0.0)))
 (=> $x172 (= exp!8 ?x504))))))))))
(assert
 (let (($x446 (< log!206 |logits[2]|)))
 (= $x446 (< exp!9 exp!1))))
(assert
 (let (($x331 (< |logits[2]| log!206)))
 (= $x331 (< exp!1 exp!9))))
(assert
 (let (($x631 (< log!206 |logits[0]|)))
 (= $x631 (< exp!9 exp!2))))
(assert
 (let (($x393 (< |logits[0]| log!206)))
 (= $x393 (< exp!2 exp!9))))
(assert
 (let (($x638 (< log!206 |logits[1]|)))
 (= $x638 (< exp!9 exp!3))))
(assert
 (let (($x591 (< |logits[1]| log!206)))
 (= $x591 (< exp!3 exp!9))))
(assert
 (let (($x477 (< log!206 log!100)))
 (= $x477 (< exp!9 exp!5))))
(assert
 (let (($x464 (< log!100 log!206)))
 (= $x464 (< exp!5 exp!9))))
(assert
 (let (($x430 (< log!206 log!152)))
 (= $x430 (< exp!9 exp!7))))
(assert
 (let (($x322 (< log!152 log!206)))
 (= $x322 (< exp!7 exp!9))))
(assert
 (let (($x369 (< log!206 log!206)))
 (= $x369 (< exp!9 exp!8))))
(assert
 (let (($x369 (< log!206 log!206)))
 (= $x369 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x283 (> log!206 0.0)))
 (= $x283 (> exp!9 1.0))))
(assert
 (let ((?x826 (+ 1.0 log!206)))
 (>= exp!9 ?x826)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x362 (/ ?x128 exp!3)))
(let ((?x618 (+ 1.0 ?x362)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x179 (/ ?x24 exp!3)))
(let ((?x504 (+ ?x179 ?x618)))
(let (($x172 (> ?x504 0.0)))
(=> $x172 (= exp!9 ?x504))))))))))
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
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!206 () Real)
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
 (let ((?x184 (/ ?x129 ?x132)))
 (let ((?x185 (- ?x184)))
 (let ((?x204 (+ 1.0 ?x185)))
 (let ((?x203 (* 0.0 ?x185)))
 (let ((?x206 (+ ?x203 ?x204)))
 (let ((?x207 (+ ?x203 ?x206)))
 (let ((?x236 (/ ?x129 exp!7)))
 (let ((?x196 (* ?x236 ?x207)))
 (let ((?x114 (- b)))
 (let ((?x115 (+ |f[0]| ?x114)))
 (let ((?x171 (* ?x115 ?x196)))
 (let ((?x116 (- ?x115)))
 (let ((?x238 (/ ?x116 ?x132)))
 (let ((?x417 (* ?x129 ?x238)))
 (let ((?x418 (+ ?x115 ?x417)))
 (let ((?x180 (* ?x236 ?x418)))
 (or (and (distinct ?x180 ?x171) true)))))))))))))))))))))))))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x60 (< log!100 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!100)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!100 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!100)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!100 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!100)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!100 log!100)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!100 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!100)))
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
 (let (($x480 (< log!152 |logits[2]|)))
 (= $x480 (< exp!6 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!152)))
 (= $x177 (< exp!1 exp!6))))
(assert
 (let (($x472 (< log!152 |logits[0]|)))
 (= $x472 (< exp!6 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!152)))
 (= $x425 (< exp!2 exp!6))))
(assert
 (let (($x532 (< log!152 |logits[1]|)))
 (= $x532 (< exp!6 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!152)))
 (= $x530 (< exp!3 exp!6))))
(assert
 (let (($x541 (< log!152 log!100)))
 (= $x541 (< exp!6 exp!5))))
(assert
 (let (($x550 (< log!100 log!152)))
 (= $x550 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x257 (> log!152 0.0)))
 (= $x257 (> exp!6 1.0))))
(assert
 (let ((?x265 (+ 1.0 log!152)))
 (>= exp!6 ?x265)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x160 (> ?x132 0.0)))
 (=> $x160 (= exp!6 ?x132))))))))))
(assert
 (let (($x480 (< log!152 |logits[2]|)))
 (= $x480 (< exp!7 exp!1))))
(assert
 (let (($x177 (< |logits[2]| log!152)))
 (= $x177 (< exp!1 exp!7))))
(assert
 (let (($x472 (< log!152 |logits[0]|)))
 (= $x472 (< exp!7 exp!2))))
(assert
 (let (($x425 (< |logits[0]| log!152)))
 (= $x425 (< exp!2 exp!7))))
(assert
 (let (($x532 (< log!152 |logits[1]|)))
 (= $x532 (< exp!7 exp!3))))
(assert
 (let (($x530 (< |logits[1]| log!152)))
 (= $x530 (< exp!3 exp!7))))
(assert
 (let (($x541 (< log!152 log!100)))
 (= $x541 (< exp!7 exp!5))))
(assert
 (let (($x550 (< log!100 log!152)))
 (= $x550 (< exp!5 exp!7))))
(assert
 (let (($x387 (< log!152 log!152)))
 (= $x387 (< exp!7 exp!6))))
(assert
 (let (($x387 (< log!152 log!152)))
 (= $x387 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x257 (> log!152 0.0)))
 (= $x257 (> exp!7 1.0))))
(assert
 (let ((?x265 (+ 1.0 log!152)))
 (>= exp!7 ?x265)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x131 (/ ?x51 exp!1)))
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x129 (/ ?x128 exp!1)))
 (let ((?x534 (+ ?x129 ?x131)))
 (let ((?x132 (+ 1.0 ?x534)))
 (let (($x160 (> ?x132 0.0)))
 (=> $x160 (= exp!7 ?x132))))))))))
(assert
 (let (($x446 (< log!206 |logits[2]|)))
 (= $x446 (< exp!8 exp!1))))
(assert
 (let (($x331 (< |logits[2]| log!206)))
 (= $x331 (< exp!1 exp!8))))
(assert
 (let (($x631 (< log!206 |logits[0]|)))
 (= $x631 (< exp!8 exp!2))))
(assert
 (let (($x393 (< |logits[0]| log!206)))
 (= $x393 (< exp!2 exp!8))))
(assert
 (let (($x638 (< log!206 |logits[1]|)))
 (= $x638 (< exp!8 exp!3))))
(assert
 (let (($x591 (< |logits[1]| log!206)))
 (= $x591 (< exp!3 exp!8))))
(assert
 (let (($x477 (< log!206 log!100)))
 (= $x477 (< exp!8 exp!5))))
(assert
 (let (($x464 (< log!100 log!206)))
 (= $x464 (< exp!5 exp!8))))
(assert
 (let (($x430 (< log!206 log!152)))
 (= $x430 (< exp!8 exp!7))))
(assert
 (let (($x322 (< log!152 log!206)))
 (= $x322 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x283 (> log!206 0.0)))
 (= $x283 (> exp!8 1.0))))
(assert
 (let ((?x826 (+ 1.0 log!206)))
 (>= exp!8 ?x826)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
 (let ((?x362 (/ ?x128 exp!3)))
 (let ((?x618 (+ 1.0 ?x362)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x179 (/ ?x24 exp!3)))
 (let ((?x504 (+ ?x179 ?x618)))
 (let (($x172 (> ?x504 0.0)))
 (=> $x172 (= exp!8 ?x504))))))))))
(assert
 (let (($x446 (< log!206 |logits[2]|)))
 (= $x446 (< exp!9 exp!1))))
(assert
 (let (($x331 (< |logits[2]| log!206)))
 (= $x331 (< exp!1 exp!9))))
(assert
 (let (($x631 (< log!206 |logits[0]|)))
 (= $x631 (< exp!9 exp!2))))
(assert
 (let (($x393 (< |logits[0]| log!206)))
 (= $x393 (< exp!2 exp!9))))
(assert
 (let (($x638 (< log!206 |logits[1]|)))
 (= $x638 (< exp!9 exp!3))))
(assert
 (let (($x591 (< |logits[1]| log!206)))
 (= $x591 (< exp!3 exp!9))))
(assert
 (let (($x477 (< log!206 log!100)))
 (= $x477 (< exp!9 exp!5))))
(assert
 (let (($x464 (< log!100 log!206)))
 (= $x464 (< exp!5 exp!9))))
(assert
 (let (($x430 (< log!206 log!152)))
 (= $x430 (< exp!9 exp!7))))
(assert
 (let (($x322 (< log!152 log!206)))
 (= $x322 (< exp!7 exp!9))))
(assert
 (let (($x369 (< log!206 log!206)))
 (= $x369 (< exp!9 exp!8))))
(assert
 (let (($x369 (< log!206 log!206)))
 (= $x369 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x283 (> log!206 0.0)))
 (= $x283 (> exp!9 1.0))))
(assert
 (let ((?x826 (+ 1.0 log!206)))
 (>= exp!9 ?x826)))
(assert
 (let ((?x128 (* 1.0 exp!2)))
(let ((?x362 (/ ?x128 exp!3)))
(let ((?x618 (+ 1.0 ?x362)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x179 (/ ?x24 exp!3)))
(let ((?x504 (+ ?x179 ?x618)))
(let (($x172 (> ?x504 0.0)))
(=> $x172 (= exp!9 ?x504))))))))))
(check-sat)
(pop 1)
