; certjax: rule estimators.enumerate_CategoricalLogits, obligation 'value', verdict proved
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
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!58 () Real)
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
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x116 (/ ?x52 exp!5)))
 (let ((?x117 (* |f[1]| ?x116)))
 (let ((?x113 (/ 1.0 exp!5)))
 (let ((?x114 (* |f[0]| ?x113)))
 (let ((?x118 (+ ?x114 ?x117)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x110 (/ ?x33 exp!5)))
 (let ((?x111 (* |f[2]| ?x110)))
 (let ((?x119 (+ ?x111 ?x118)))
 (or (and (distinct ?x119 ?x119) true)))))))))))))
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
 (let (($x59 (< log!58 |logits[2]|)))
 (= $x59 (< exp!4 exp!1))))
(assert
 (let (($x62 (< |logits[2]| log!58)))
 (= $x62 (< exp!1 exp!4))))
(assert
 (let (($x65 (< log!58 |logits[0]|)))
 (= $x65 (< exp!4 exp!2))))
(assert
 (let (($x68 (< |logits[0]| log!58)))
 (= $x68 (< exp!2 exp!4))))
(assert
 (let (($x71 (< log!58 |logits[1]|)))
 (= $x71 (< exp!4 exp!3))))
(assert
 (let (($x74 (< |logits[1]| log!58)))
 (= $x74 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x78 (> log!58 0.0)))
 (= $x78 (> exp!4 1.0))))
(assert
 (let ((?x81 (+ 1.0 log!58)))
 (>= exp!4 ?x81)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x83 (> ?x54 0.0)))
 (=> $x83 (= exp!4 ?x54))))))))
(assert
 (let (($x59 (< log!58 |logits[2]|)))
 (= $x59 (< exp!5 exp!1))))
(assert
 (let (($x62 (< |logits[2]| log!58)))
 (= $x62 (< exp!1 exp!5))))
(assert
 (let (($x65 (< log!58 |logits[0]|)))
 (= $x65 (< exp!5 exp!2))))
(assert
 (let (($x68 (< |logits[0]| log!58)))
 (= $x68 (< exp!2 exp!5))))
(assert
 (let (($x71 (< log!58 |logits[1]|)))
 (= $x71 (< exp!5 exp!3))))
(assert
 (let (($x74 (< |logits[1]| log!58)))
 (= $x74 (< exp!3 exp!5))))
(assert
 (let (($x99 (< log!58 log!58)))
 (= $x99 (< exp!5 exp!4))))
(assert
 (let (($x99 (< log!58 log!58)))
 (= $x99 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x78 (> log!58 0.0)))
 (= $x78 (> exp!5 1.0))))
(assert
 (let ((?x81 (+ 1.0 log!58)))
 (>= exp!5 ?x81)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x83 (> ?x54 0.0)))
(=> $x83 (= exp!5 ?x54))))))))
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
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!58 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!87 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x121 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x153 (+ ?x121 ?x122)))
 (let ((?x152 (+ 1.0 ?x153)))
 (< 0.0 ?x152)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x121 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x153 (+ ?x121 ?x122)))
 (let ((?x152 (+ 1.0 ?x153)))
 (< 0.0 ?x152)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x285 (/ ?x122 exp!7)))
 (let ((?x286 (* |f[1]| ?x285)))
 (let ((?x121 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x280 (/ ?x121 exp!7)))
 (let ((?x284 (* |f[0]| ?x280)))
 (let ((?x287 (+ ?x284 ?x286)))
 (let ((?x177 (/ 1.0 exp!7)))
 (let ((?x282 (* |f[2]| ?x177)))
 (let ((?x197 (+ ?x282 ?x287)))
 (or (and (distinct ?x197 ?x197) true))))))))))))))
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
 (let (($x59 (< log!58 |logits[2]|)))
 (= $x59 (< exp!4 exp!1))))
(assert
 (let (($x62 (< |logits[2]| log!58)))
 (= $x62 (< exp!1 exp!4))))
(assert
 (let (($x65 (< log!58 |logits[0]|)))
 (= $x65 (< exp!4 exp!2))))
(assert
 (let (($x68 (< |logits[0]| log!58)))
 (= $x68 (< exp!2 exp!4))))
(assert
 (let (($x71 (< log!58 |logits[1]|)))
 (= $x71 (< exp!4 exp!3))))
(assert
 (let (($x74 (< |logits[1]| log!58)))
 (= $x74 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x78 (> log!58 0.0)))
 (= $x78 (> exp!4 1.0))))
(assert
 (let ((?x81 (+ 1.0 log!58)))
 (>= exp!4 ?x81)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x83 (> ?x54 0.0)))
 (=> $x83 (= exp!4 ?x54)))))))))
(assert
 (let (($x59 (< log!58 |logits[2]|)))
 (= $x59 (< exp!5 exp!1))))
(assert
 (let (($x62 (< |logits[2]| log!58)))
 (= $x62 (< exp!1 exp!5))))
(assert
 (let (($x65 (< log!58 |logits[0]|)))
 (= $x65 (< exp!5 exp!2))))
(assert
 (let (($x68 (< |logits[0]| log!58)))
 (= $x68 (< exp!2 exp!5))))
(assert
 (let (($x71 (< log!58 |logits[1]|)))
 (= $x71 (< exp!5 exp!3))))
(assert
 (let (($x74 (< |logits[1]| log!58)))
 (= $x74 (< exp!3 exp!5))))
(assert
 (let (($x99 (< log!58 log!58)))
 (= $x99 (< exp!5 exp!4))))
(assert
 (let (($x99 (< log!58 log!58)))
 (= $x99 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x78 (> log!58 0.0)))
 (= $x78 (> exp!5 1.0))))
(assert
 (let ((?x81 (+ 1.0 log!58)))
 (>= exp!5 ?x81)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x83 (> ?x54 0.0)))
 (=> $x83 (= exp!5 ?x54)))))))))
(assert
 (let (($x143 (< log!87 |logits[2]|)))
 (= $x143 (< exp!6 exp!1))))
(assert
 (let (($x139 (< |logits[2]| log!87)))
 (= $x139 (< exp!1 exp!6))))
(assert
 (let (($x164 (< log!87 |logits[0]|)))
 (= $x164 (< exp!6 exp!2))))
(assert
 (let (($x149 (< |logits[0]| log!87)))
 (= $x149 (< exp!2 exp!6))))
(assert
 (let (($x146 (< log!87 |logits[1]|)))
 (= $x146 (< exp!6 exp!3))))
(assert
 (let (($x162 (< |logits[1]| log!87)))
 (= $x162 (< exp!3 exp!6))))
(assert
 (let (($x158 (< log!87 log!58)))
 (= $x158 (< exp!6 exp!5))))
(assert
 (let (($x156 (< log!58 log!87)))
 (= $x156 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x138 (> log!87 0.0)))
 (= $x138 (> exp!6 1.0))))
(assert
 (let ((?x136 (+ 1.0 log!87)))
 (>= exp!6 ?x136)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x121 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x153 (+ ?x121 ?x122)))
 (let ((?x152 (+ 1.0 ?x153)))
 (let (($x134 (> ?x152 0.0)))
 (=> $x134 (= exp!6 ?x152)))))))))
(assert
 (let (($x143 (< log!87 |logits[2]|)))
 (= $x143 (< exp!7 exp!1))))
(assert
 (let (($x139 (< |logits[2]| log!87)))
 (= $x139 (< exp!1 exp!7))))
(assert
 (let (($x164 (< log!87 |logits[0]|)))
 (= $x164 (< exp!7 exp!2))))
(assert
 (let (($x149 (< |logits[0]| log!87)))
 (= $x149 (< exp!2 exp!7))))
(assert
 (let (($x146 (< log!87 |logits[1]|)))
 (= $x146 (< exp!7 exp!3))))
(assert
 (let (($x162 (< |logits[1]| log!87)))
 (= $x162 (< exp!3 exp!7))))
(assert
 (let (($x158 (< log!87 log!58)))
 (= $x158 (< exp!7 exp!5))))
(assert
 (let (($x156 (< log!58 log!87)))
 (= $x156 (< exp!5 exp!7))))
(assert
 (let (($x252 (< log!87 log!87)))
 (= $x252 (< exp!7 exp!6))))
(assert
 (let (($x252 (< log!87 log!87)))
 (= $x252 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x138 (> log!87 0.0)))
 (= $x138 (> exp!7 1.0))))
(assert
 (let ((?x136 (+ 1.0 log!87)))
 (>= exp!7 ?x136)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x122 (/ ?x51 exp!1)))
(let ((?x121 (/ (* 1.0 exp!2) exp!1)))
(let ((?x153 (+ ?x121 ?x122)))
(let ((?x152 (+ 1.0 ?x153)))
(let (($x134 (> ?x152 0.0)))
(=> $x134 (= exp!7 ?x152)))))))))
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
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!58 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!87 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!118 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x368 (/ ?x120 exp!3)))
 (let ((?x414 (+ 1.0 ?x368)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x176 (/ ?x24 exp!3)))
 (let ((?x291 (+ ?x176 ?x414)))
 (< 0.0 ?x291))))))))
(assert
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x368 (/ ?x120 exp!3)))
 (let ((?x414 (+ 1.0 ?x368)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x176 (/ ?x24 exp!3)))
 (let ((?x291 (+ ?x176 ?x414)))
 (< 0.0 ?x291))))))))
(assert
 (let ((?x200 (/ 1.0 exp!9)))
 (let ((?x439 (* |f[1]| ?x200)))
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x368 (/ ?x120 exp!3)))
 (let ((?x400 (/ ?x368 exp!9)))
 (let ((?x358 (* |f[0]| ?x400)))
 (let ((?x231 (+ ?x358 ?x439)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x176 (/ ?x24 exp!3)))
 (let ((?x366 (/ ?x176 exp!9)))
 (let ((?x482 (* |f[2]| ?x366)))
 (let ((?x312 (+ ?x482 ?x231)))
 (or (and (distinct ?x312 ?x312) true)))))))))))))))
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
 (let (($x59 (< log!58 |logits[2]|)))
 (= $x59 (< exp!4 exp!1))))
(assert
 (let (($x62 (< |logits[2]| log!58)))
 (= $x62 (< exp!1 exp!4))))
(assert
 (let (($x65 (< log!58 |logits[0]|)))
 (= $x65 (< exp!4 exp!2))))
(assert
 (let (($x68 (< |logits[0]| log!58)))
 (= $x68 (< exp!2 exp!4))))
(assert
 (let (($x71 (< log!58 |logits[1]|)))
 (= $x71 (< exp!4 exp!3))))
(assert
 (let (($x74 (< |logits[1]| log!58)))
 (= $x74 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x78 (> log!58 0.0)))
 (= $x78 (> exp!4 1.0))))
(assert
 (let ((?x81 (+ 1.0 log!58)))
 (>= exp!4 ?x81)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x83 (> ?x54 0.0)))
 (=> $x83 (= exp!4 ?x54))))))))))
(assert
 (let (($x59 (< log!58 |logits[2]|)))
 (= $x59 (< exp!5 exp!1))))
(assert
 (let (($x62 (< |logits[2]| log!58)))
 (= $x62 (< exp!1 exp!5))))
(assert
 (let (($x65 (< log!58 |logits[0]|)))
 (= $x65 (< exp!5 exp!2))))
(assert
 (let (($x68 (< |logits[0]| log!58)))
 (= $x68 (< exp!2 exp!5))))
(assert
 (let (($x71 (< log!58 |logits[1]|)))
 (= $x71 (< exp!5 exp!3))))
(assert
 (let (($x74 (< |logits[1]| log!58)))
 (= $x74 (< exp!3 exp!5))))
(assert
 (let (($x99 (< log!58 log!58)))
 (= $x99 (< exp!5 exp!4))))
(assert
 (let (($x99 (< log!58 log!58)))
 (= $x99 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x78 (> log!58 0.0)))
 (= $x78 (> exp!5 1.0))))
(assert
 (let ((?x81 (+ 1.0 log!58)))
 (>= exp!5 ?x81)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x83 (> ?x54 0.0)))
 (=> $x83 (= exp!5 ?x54))))))))))
(assert
 (let (($x143 (< log!87 |logits[2]|)))
 (= $x143 (< exp!6 exp!1))))
(assert
 (let (($x139 (< |logits[2]| log!87)))
 (= $x139 (< exp!1 exp!6))))
(assert
 (let (($x164 (< log!87 |logits[0]|)))
 (= $x164 (< exp!6 exp!2))))
(assert
 (let (($x149 (< |logits[0]| log!87)))
 (= $x149 (< exp!2 exp!6))))
(assert
 (let (($x146 (< log!87 |logits[1]|)))
 (= $x146 (< exp!6 exp!3))))
(assert
 (let (($x162 (< |logits[1]| log!87)))
 (= $x162 (< exp!3 exp!6))))
(assert
 (let (($x158 (< log!87 log!58)))
 (= $x158 (< exp!6 exp!5))))
(assert
 (let (($x156 (< log!58 log!87)))
 (= $x156 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x138 (> log!87 0.0)))
 (= $x138 (> exp!6 1.0))))
(assert
 (let ((?x136 (+ 1.0 log!87)))
 (>= exp!6 ?x136)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x121 (/ ?x120 exp!1)))
 (let ((?x153 (+ ?x121 ?x122)))
 (let ((?x152 (+ 1.0 ?x153)))
 (let (($x134 (> ?x152 0.0)))
 (=> $x134 (= exp!6 ?x152))))))))))
(assert
 (let (($x143 (< log!87 |logits[2]|)))
 (= $x143 (< exp!7 exp!1))))
(assert
 (let (($x139 (< |logits[2]| log!87)))
 (= $x139 (< exp!1 exp!7))))
(assert
 (let (($x164 (< log!87 |logits[0]|)))
 (= $x164 (< exp!7 exp!2))))
(assert
 (let (($x149 (< |logits[0]| log!87)))
 (= $x149 (< exp!2 exp!7))))
(assert
 (let (($x146 (< log!87 |logits[1]|)))
 (= $x146 (< exp!7 exp!3))))
(assert
 (let (($x162 (< |logits[1]| log!87)))
 (= $x162 (< exp!3 exp!7))))
(assert
 (let (($x158 (< log!87 log!58)))
 (= $x158 (< exp!7 exp!5))))
(assert
 (let (($x156 (< log!58 log!87)))
 (= $x156 (< exp!5 exp!7))))
(assert
 (let (($x252 (< log!87 log!87)))
 (= $x252 (< exp!7 exp!6))))
(assert
 (let (($x252 (< log!87 log!87)))
 (= $x252 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x138 (> log!87 0.0)))
 (= $x138 (> exp!7 1.0))))
(assert
 (let ((?x136 (+ 1.0 log!87)))
 (>= exp!7 ?x136)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x121 (/ ?x120 exp!1)))
 (let ((?x153 (+ ?x121 ?x122)))
 (let ((?x152 (+ 1.0 ?x153)))
 (let (($x134 (> ?x152 0.0)))
 (=> $x134 (= exp!7 ?x152))))))))))
(assert
 (let (($x218 (< log!118 |logits[2]|)))
 (= $x218 (< exp!8 exp!1))))
(assert
 (let (($x438 (< |logits[2]| log!118)))
 (= $x438 (< exp!1 exp!8))))
(assert
 (let (($x422 (< log!118 |logits[0]|)))
 (= $x422 (< exp!8 exp!2))))
(assert
 (let (($x336 (< |logits[0]| log!118)))
 (= $x336 (< exp!2 exp!8))))
(assert
 (let (($x486 (< log!118 |logits[1]|)))
 (= $x486 (< exp!8 exp!3))))
(assert
 (let (($x477 (< |logits[1]| log!118)))
 (= $x477 (< exp!3 exp!8))))
(assert
 (let (($x449 (< log!118 log!58)))
 (= $x449 (< exp!8 exp!5))))
(assert
 (let (($x407 (< log!58 log!118)))
 (= $x407 (< exp!5 exp!8))))
(assert
 (let (($x384 (< log!118 log!87)))
 (= $x384 (< exp!8 exp!7))))
(assert
 (let (($x310 (< log!87 log!118)))
 (= $x310 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x247 (> log!118 0.0)))
 (= $x247 (> exp!8 1.0))))
(assert
 (let ((?x315 (+ 1.0 log!118)))
 (>= exp!8 ?x315)))
(assert
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x368 (/ ?x120 exp!3)))
 (let ((?x414 (+ 1.0 ?x368)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x176 (/ ?x24 exp!3)))
 (let ((?x291 (+ ?x176 ?x414)))
 (let (($x188 (> ?x291 0.0)))
 (=> $x188 (= exp!8 ?x291))))))))))
(assert
 (let (($x218 (< log!118 |logits[2]|)))
 (= $x218 (< exp!9 exp!1))))
(assert
 (let (($x438 (< |logits[2]| log!118)))
 (= $x438 (< exp!1 exp!9))))
(assert
 (let (($x422 (< log!118 |logits[0]|)))
 (= $x422 (< exp!9 exp!2))))
(assert
 (let (($x336 (< |logits[0]| log!118)))
 (= $x336 (< exp!2 exp!9))))
(assert
 (let (($x486 (< log!118 |logits[1]|)))
 (= $x486 (< exp!9 exp!3))))
(assert
 (let (($x477 (< |logits[1]| log!118)))
 (= $x477 (< exp!3 exp!9))))
(assert
 (let (($x449 (< log!118 log!58)))
 (= $x449 (< exp!9 exp!5))))
(assert
 (let (($x407 (< log!58 log!118)))
 (= $x407 (< exp!5 exp!9))))
(assert
 (let (($x384 (< log!118 log!87)))
 (= $x384 (< exp!9 exp!7))))
(assert
 (let (($x310 (< log!87 log!118)))
 (= $x310 (< exp!7 exp!9))))
(assert
 (let (($x462 (< log!118 log!118)))
 (= $x462 (< exp!9 exp!8))))
(assert
 (let (($x462 (< log!118 log!118)))
 (= $x462 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x247 (> log!118 0.0)))
 (= $x247 (> exp!9 1.0))))
(assert
 (let ((?x315 (+ 1.0 log!118)))
 (>= exp!9 ?x315)))
(assert
 (let ((?x120 (* 1.0 exp!2)))
(let ((?x368 (/ ?x120 exp!3)))
(let ((?x414 (+ 1.0 ?x368)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x176 (/ ?x24 exp!3)))
(let ((?x291 (+ ?x176 ?x414)))
(let (($x188 (> ?x291 0.0)))
(=> $x188 (= exp!9 ?x291))))))))))
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
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!58 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!87 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!118 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x121 (/ ?x120 exp!1)))
 (let ((?x153 (+ ?x121 ?x122)))
 (let ((?x152 (+ 1.0 ?x153)))
 (< 0.0 ?x152))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x121 (/ ?x120 exp!1)))
 (let ((?x153 (+ ?x121 ?x122)))
 (let ((?x152 (+ 1.0 ?x153)))
 (< 0.0 ?x152))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x285 (/ ?x122 exp!7)))
 (let ((?x286 (* |f[1]| ?x285)))
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x121 (/ ?x120 exp!1)))
 (let ((?x280 (/ ?x121 exp!7)))
 (let ((?x284 (* |f[0]| ?x280)))
 (let ((?x287 (+ ?x284 ?x286)))
 (let ((?x177 (/ 1.0 exp!7)))
 (let ((?x282 (* |f[2]| ?x177)))
 (let ((?x197 (+ ?x282 ?x287)))
 (or (and (distinct ?x197 ?x197) true)))))))))))))))
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
 (let (($x59 (< log!58 |logits[2]|)))
 (= $x59 (< exp!4 exp!1))))
(assert
 (let (($x62 (< |logits[2]| log!58)))
 (= $x62 (< exp!1 exp!4))))
(assert
 (let (($x65 (< log!58 |logits[0]|)))
 (= $x65 (< exp!4 exp!2))))
(assert
 (let (($x68 (< |logits[0]| log!58)))
 (= $x68 (< exp!2 exp!4))))
(assert
 (let (($x71 (< log!58 |logits[1]|)))
 (= $x71 (< exp!4 exp!3))))
(assert
 (let (($x74 (< |logits[1]| log!58)))
 (= $x74 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x78 (> log!58 0.0)))
 (= $x78 (> exp!4 1.0))))
(assert
 (let ((?x81 (+ 1.0 log!58)))
 (>= exp!4 ?x81)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x83 (> ?x54 0.0)))
 (=> $x83 (= exp!4 ?x54))))))))))
(assert
 (let (($x59 (< log!58 |logits[2]|)))
 (= $x59 (< exp!5 exp!1))))
(assert
 (let (($x62 (< |logits[2]| log!58)))
 (= $x62 (< exp!1 exp!5))))
(assert
 (let (($x65 (< log!58 |logits[0]|)))
 (= $x65 (< exp!5 exp!2))))
(assert
 (let (($x68 (< |logits[0]| log!58)))
 (= $x68 (< exp!2 exp!5))))
(assert
 (let (($x71 (< log!58 |logits[1]|)))
 (= $x71 (< exp!5 exp!3))))
(assert
 (let (($x74 (< |logits[1]| log!58)))
 (= $x74 (< exp!3 exp!5))))
(assert
 (let (($x99 (< log!58 log!58)))
 (= $x99 (< exp!5 exp!4))))
(assert
 (let (($x99 (< log!58 log!58)))
 (= $x99 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x78 (> log!58 0.0)))
 (= $x78 (> exp!5 1.0))))
(assert
 (let ((?x81 (+ 1.0 log!58)))
 (>= exp!5 ?x81)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x83 (> ?x54 0.0)))
 (=> $x83 (= exp!5 ?x54))))))))))
(assert
 (let (($x143 (< log!87 |logits[2]|)))
 (= $x143 (< exp!6 exp!1))))
(assert
 (let (($x139 (< |logits[2]| log!87)))
 (= $x139 (< exp!1 exp!6))))
(assert
 (let (($x164 (< log!87 |logits[0]|)))
 (= $x164 (< exp!6 exp!2))))
(assert
 (let (($x149 (< |logits[0]| log!87)))
 (= $x149 (< exp!2 exp!6))))
(assert
 (let (($x146 (< log!87 |logits[1]|)))
 (= $x146 (< exp!6 exp!3))))
(assert
 (let (($x162 (< |logits[1]| log!87)))
 (= $x162 (< exp!3 exp!6))))
(assert
 (let (($x158 (< log!87 log!58)))
 (= $x158 (< exp!6 exp!5))))
(assert
 (let (($x156 (< log!58 log!87)))
 (= $x156 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x138 (> log!87 0.0)))
 (= $x138 (> exp!6 1.0))))
(assert
 (let ((?x136 (+ 1.0 log!87)))
 (>= exp!6 ?x136)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x121 (/ ?x120 exp!1)))
 (let ((?x153 (+ ?x121 ?x122)))
 (let ((?x152 (+ 1.0 ?x153)))
 (let (($x134 (> ?x152 0.0)))
 (=> $x134 (= exp!6 ?x152))))))))))
(assert
 (let (($x143 (< log!87 |logits[2]|)))
 (= $x143 (< exp!7 exp!1))))
(assert
 (let (($x139 (< |logits[2]| log!87)))
 (= $x139 (< exp!1 exp!7))))
(assert
 (let (($x164 (< log!87 |logits[0]|)))
 (= $x164 (< exp!7 exp!2))))
(assert
 (let (($x149 (< |logits[0]| log!87)))
 (= $x149 (< exp!2 exp!7))))
(assert
 (let (($x146 (< log!87 |logits[1]|)))
 (= $x146 (< exp!7 exp!3))))
(assert
 (let (($x162 (< |logits[1]| log!87)))
 (= $x162 (< exp!3 exp!7))))
(assert
 (let (($x158 (< log!87 log!58)))
 (= $x158 (< exp!7 exp!5))))
(assert
 (let (($x156 (< log!58 log!87)))
 (= $x156 (< exp!5 exp!7))))
(assert
 (let (($x252 (< log!87 log!87)))
 (= $x252 (< exp!7 exp!6))))
(assert
 (let (($x252 (< log!87 log!87)))
 (= $x252 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x138 (> log!87 0.0)))
 (= $x138 (> exp!7 1.0))))
(assert
 (let ((?x136 (+ 1.0 log!87)))
 (>= exp!7 ?x136)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x122 (/ ?x51 exp!1)))
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x121 (/ ?x120 exp!1)))
 (let ((?x153 (+ ?x121 ?x122)))
 (let ((?x152 (+ 1.0 ?x153)))
 (let (($x134 (> ?x152 0.0)))
 (=> $x134 (= exp!7 ?x152))))))))))
(assert
 (let (($x218 (< log!118 |logits[2]|)))
 (= $x218 (< exp!8 exp!1))))
(assert
 (let (($x438 (< |logits[2]| log!118)))
 (= $x438 (< exp!1 exp!8))))
(assert
 (let (($x422 (< log!118 |logits[0]|)))
 (= $x422 (< exp!8 exp!2))))
(assert
 (let (($x336 (< |logits[0]| log!118)))
 (= $x336 (< exp!2 exp!8))))
(assert
 (let (($x486 (< log!118 |logits[1]|)))
 (= $x486 (< exp!8 exp!3))))
(assert
 (let (($x477 (< |logits[1]| log!118)))
 (= $x477 (< exp!3 exp!8))))
(assert
 (let (($x449 (< log!118 log!58)))
 (= $x449 (< exp!8 exp!5))))
(assert
 (let (($x407 (< log!58 log!118)))
 (= $x407 (< exp!5 exp!8))))
(assert
 (let (($x384 (< log!118 log!87)))
 (= $x384 (< exp!8 exp!7))))
(assert
 (let (($x310 (< log!87 log!118)))
 (= $x310 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x247 (> log!118 0.0)))
 (= $x247 (> exp!8 1.0))))
(assert
 (let ((?x315 (+ 1.0 log!118)))
 (>= exp!8 ?x315)))
(assert
 (let ((?x120 (* 1.0 exp!2)))
 (let ((?x368 (/ ?x120 exp!3)))
 (let ((?x414 (+ 1.0 ?x368)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x176 (/ ?x24 exp!3)))
 (let ((?x291 (+ ?x176 ?x414)))
 (let (($x188 (> ?x291 0.0)))
 (=> $x188 (= exp!8 ?x291))))))))))
(assert
 (let (($x218 (< log!118 |logits[2]|)))
 (= $x218 (< exp!9 exp!1))))
(assert
 (let (($x438 (< |logits[2]| log!118)))
 (= $x438 (< exp!1 exp!9))))
(assert
 (let (($x422 (< log!118 |logits[0]|)))
 (= $x422 (< exp!9 exp!2))))
(assert
 (let (($x336 (< |logits[0]| log!118)))
 (= $x336 (< exp!2 exp!9))))
(assert
 (let (($x486 (< log!118 |logits[1]|)))
 (= $x486 (< exp!9 exp!3))))
(assert
 (let (($x477 (< |logits[1]| log!118)))
 (= $x477 (< exp!3 exp!9))))
(assert
 (let (($x449 (< log!118 log!58)))
 (= $x449 (< exp!9 exp!5))))
(assert
 (let (($x407 (< log!58 log!118)))
 (= $x407 (< exp!5 exp!9))))
(assert
 (let (($x384 (< log!118 log!87)))
 (= $x384 (< exp!9 exp!7))))
(assert
 (let (($x310 (< log!87 log!118)))
 (= $x310 (< exp!7 exp!9))))
(assert
 (let (($x462 (< log!118 log!118)))
 (= $x462 (< exp!9 exp!8))))
(assert
 (let (($x462 (< log!118 log!118)))
 (= $x462 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x247 (> log!118 0.0)))
 (= $x247 (> exp!9 1.0))))
(assert
 (let ((?x315 (+ 1.0 log!118)))
 (>= exp!9 ?x315)))
(assert
 (let ((?x120 (* 1.0 exp!2)))
(let ((?x368 (/ ?x120 exp!3)))
(let ((?x414 (+ 1.0 ?x368)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x176 (/ ?x24 exp!3)))
(let ((?x291 (+ ?x176 ?x414)))
(let (($x188 (> ?x291 0.0)))
(=> $x188 (= exp!9 ?x291))))))))))
(check-sat)
(pop 1)
